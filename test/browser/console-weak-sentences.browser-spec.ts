import { join } from 'node:path';
import { type WeakSentence } from '@greenchain/contracts';
import { EventStore } from '@greenchain/event-store';
import { expectEventually } from '@greenchain/testing';
import { type Page } from 'playwright-core';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { seedWorld } from '../../apps/api/src/demo/seed-world';
import { seriousViolations } from './support/axe';
import { artifactsDir, consoleUnderTest } from './support/browser';
import { demoPassword, signedIn } from './support/login.page';

const wide = { width: 1440, height: 900 };
const narrow = { width: 360, height: 780 };
const analyst = 'analyst@demo.greenchain.test';

describe('the weak sentences behind the penalty figures, in Chromium, over a seeded world', () => {
  const suite = consoleUnderTest();
  let weakest: WeakSentence | undefined;

  beforeAll(async () => {
    const { subject, baseUrl } = suite;
    await seedWorld({
      dataSource: subject.app.get(DataSource),
      store: subject.app.get(EventStore),
      seed: 7,
      cases: 240,
      mode: 'fast',
      concurrency: 4,
    });
    const login = await request(baseUrl)
      .post('/api/auth/login')
      .send({ email: analyst, password: demoPassword });
    const token = (login.body as { accessToken: string }).accessToken;
    const api = (path: string) =>
      request(baseUrl).get(path).set('Authorization', `Bearer ${token}`).expect(200);
    // The list is read once the projections have caught up with the seeded log.
    await expectEventually(
      async () => {
        const funnel = (await api('/api/analytics/funnel')).body as {
          id: string;
          seized: number | null;
        }[];
        expect(funnel.find((row) => row.id === 'total')?.seized).toBe(240);
      },
      { timeoutMs: 90_000, intervalMs: 500 },
    );
    [weakest] = (await api('/api/analytics/weak-sentences')).body as WeakSentence[];
  }, 240_000);

  const listed = (page: Page) => page.getByRole('table', { name: 'Weak sentences' });

  it('lists the weak sentences to an analyst, with no way into the cases, at 1440 and 360 px', async () => {
    if (!weakest?.reference) throw new Error('the seeded world has no weak sentence');
    for (const viewport of [wide, narrow]) {
      const page = await signedIn(suite.browser, suite.baseUrl, analyst, viewport);
      try {
        await page.goto(`${suite.baseUrl}/admin/#/analytics`);
        const table = listed(page);
        await table.getByRole('rowheader', { name: weakest.reference }).waitFor();
        await expect(table.getByRole('row').count()).resolves.toBeGreaterThan(1);
        await expect(table.getByRole('link').count()).resolves.toBe(0);
        await table.getByRole('cell', { name: /\$\d/ }).first().waitFor();
        await expect(page.evaluate<number>('document.documentElement.scrollWidth')).resolves.toBe(
          viewport.width,
        );
        await table.scrollIntoViewIfNeeded();
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({
          path: join(artifactsDir, `weak-sentences-analyst-${viewport.width}.png`),
          fullPage: true,
        });
      } finally {
        await page.close();
      }
    }
  }, 300_000);

  it("takes a prosecutor of the case's country from the list to the case", async () => {
    if (!weakest?.reference) throw new Error('the seeded world has no weak sentence');
    const prosecutor = `prosecutor.${weakest.country.toLowerCase()}@world.demo.greenchain.test`;
    const page = await signedIn(suite.browser, suite.baseUrl, prosecutor, wide);
    try {
      await page.goto(`${suite.baseUrl}/admin/#/analytics`);
      // Two defendants of one case may both be listed: their rows lead to the same case.
      const link = listed(page).getByRole('link', { name: weakest.reference }).first();
      await link.waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({
        path: join(artifactsDir, 'weak-sentences-prosecutor-1440.png'),
        fullPage: true,
      });
      await link.click();
      await page.waitForURL(new RegExp(`#/cases/${weakest.caseId}/show`));
      await page.getByRole('table', { name: 'Timeline' }).waitFor();
    } finally {
      await page.close();
    }
  }, 300_000);
});
