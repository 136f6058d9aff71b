import { join } from 'node:path';
import { type WeakSentence } from '@greenchain/contracts';
import { type Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { artifactsDir, consoleUnderTest } from './support/browser';
import { signedIn } from './support/login.page';
import { seedWorldAndCatchUp } from './support/seeded-world';

const wide = { width: 1440, height: 900 };
const narrow = { width: 360, height: 780 };
const analyst = 'analyst@demo.greenchain.test';

describe('the weak sentences behind the penalty figures, in Chromium, over a seeded world', () => {
  const suite = consoleUnderTest();
  let weakest: WeakSentence | undefined;

  beforeAll(async () => {
    const api = await seedWorldAndCatchUp(suite, 240);
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
