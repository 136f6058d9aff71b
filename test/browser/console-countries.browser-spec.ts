import { join } from 'node:path';
import { expectEventually } from '@greenchain/testing';
import { type Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { artifactsDir, consoleUnderTest } from './support/browser';
import { signedIn } from './support/login.page';
import { type AnalystGet, seedWorldAndCatchUp } from './support/seeded-world';

const wide = { width: 1440, height: 900 };
const narrow = { width: 360, height: 780 };
const analyst = 'analyst@demo.greenchain.test';

interface CaseLine {
  readonly id: string;
  readonly country: string;
}

describe('countries, map, routes and the work queues in Chromium, over a seeded world', () => {
  const suite = consoleUnderTest();
  let api: AnalystGet = () => Promise.reject(new Error('the world is not seeded yet'));

  beforeAll(async () => {
    api = await seedWorldAndCatchUp(suite, 240);
  }, 240_000);

  const rowsOf = (page: Page, table: string) =>
    page.getByRole('table', { name: table }).getByRole('row');
  const ranking =
    'Countries ranked by chain strength index, with each part and a small funnel per country';
  const chainTable = 'Cases at each step, per group';

  it('ranks countries, maps them with the routes, gives their tables and filters the page by a country', async () => {
    const page = await signedIn(suite.browser, suite.baseUrl, analyst, wide);
    try {
      await page.getByRole('menuitem', { name: 'Analytics' }).click();
      await page.getByRole('heading', { name: 'Countries by chain strength' }).waitFor();
      await rowsOf(page, ranking).nth(5).waitFor();
      // Each ranked row shows its index, its parts and its funnel; small cells read "hidden".
      const first = rowsOf(page, ranking).nth(1);
      await expect(first.getByRole('img').getAttribute('aria-label')).resolves.toMatch(
        /seized \d+/,
      );
      await page.getByRole('cell', { name: 'hidden' }).first().waitFor();
      const countries = page.locator('svg[data-drawing] path[role="button"]');
      await countries.nth(5).waitFor();
      await expect(page.locator('svg[data-drawing] g path').count()).resolves.toBeGreaterThan(0);
      await rowsOf(page, 'Seized cases per trade route').nth(3).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(artifactsDir, 'countries-1440.png'), fullPage: true });

      const mapView = page.getByRole('group', { name: 'How to show World map' });
      await mapView.getByRole('button', { name: 'Table' }).click();
      await rowsOf(page, 'Map figures per country').nth(5).waitFor();
      await mapView.getByRole('button', { name: 'Chart' }).click();
      await page.getByRole('combobox', { name: 'Colour by' }).click();
      await page.getByRole('option', { name: 'Seized cases' }).click();
      await page.getByRole('figure', { name: /^World map of Seized cases/ }).waitFor();

      // A country chosen on the map by keyboard filters every figure of the page.
      await page
        .getByRole('group', { name: 'Show By Country as' })
        .getByRole('button', { name: 'Table' })
        .click();
      await rowsOf(page, chainTable).nth(2).waitFor();
      const groupsBefore = await rowsOf(page, chainTable).count();
      const target = countries.first();
      const label = (await target.getAttribute('aria-label')) ?? '';
      const name = label.slice(0, label.lastIndexOf(':'));
      await target.focus();
      await page.keyboard.press('Enter');
      // The filter goes through the URL, and the field follows it on the next render.
      await expectEventually(
        async () =>
          expect(await page.getByLabel('Country', { exact: true }).inputValue()).toMatch(
            /^[A-Z]{2}$/,
          ),
        { timeoutMs: 10_000, intervalMs: 100 },
      );
      await expectEventually(
        async () => {
          expect(await rowsOf(page, chainTable).count()).toBeLessThan(groupsBefore);
          expect(await rowsOf(page, ranking).count()).toBe(2);
        },
        { timeoutMs: 60_000 },
      );
      await page
        .getByRole('table', { name: chainTable })
        .getByRole('rowheader', { name })
        .waitFor();
      await expect(rowsOf(page, ranking).count()).resolves.toBe(2);

      // And so does a click on a country of the ranking, once the filter is cleared.
      await page.getByLabel('Country', { exact: true }).fill('');
      await page.getByLabel('Country', { exact: true }).press('Enter');
      await rowsOf(page, ranking).nth(5).waitFor();
      const link = rowsOf(page, ranking)
        .nth(1)
        .getByRole('button', { name: /^Show only / });
      const chosen = ((await link.textContent()) ?? '').trim();
      await link.click();
      await expectEventually(async () => expect(await rowsOf(page, ranking).count()).toBe(2), {
        timeoutMs: 60_000,
      });
      await page
        .getByRole('table', { name: chainTable })
        .getByRole('rowheader', { name: chosen })
        .waitFor();
      await page.getByLabel('Country', { exact: true }).fill('');
      await page.getByLabel('Country', { exact: true }).press('Enter');
    } finally {
      await page.close();
    }
  }, 420_000);

  it('reads at 360 px wide and in the dark', async () => {
    const page = await signedIn(suite.browser, suite.baseUrl, analyst, narrow);
    try {
      await page.goto(`${suite.baseUrl}/admin/#/analytics`);
      await rowsOf(page, ranking).nth(5).waitFor();
      await page.locator('svg[data-drawing] path[role="button"]').nth(5).waitFor();
      await expect(page.evaluate<number>('document.documentElement.scrollWidth')).resolves.toBe(
        narrow.width,
      );
      await page.screenshot({ path: join(artifactsDir, 'countries-360.png'), fullPage: true });
      await page.getByRole('button', { name: 'Toggle light/dark mode' }).click();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(artifactsDir, 'countries-360-dark.png'), fullPage: true });
      await page.getByRole('button', { name: 'Toggle light/dark mode' }).click();
    } finally {
      await page.close();
    }
  }, 300_000);

  it('opens a pending charge decision for a prosecutor of its country, and none for an analyst', async () => {
    const pending = await api('/api/cases', {
      filter: JSON.stringify({ awaiting: 'charge_decision' }),
      sort: '["chargeDecisionSince","ASC"]',
      range: '[0,0]',
    });
    const [oldest] = pending.body as CaseLine[];
    if (!oldest) throw new Error('the seeded world has no pending charge decision');
    const prosecutor = `prosecutor.${oldest.country.toLowerCase()}@world.demo.greenchain.test`;

    for (const viewport of [wide, narrow]) {
      const page = await signedIn(suite.browser, suite.baseUrl, prosecutor, viewport);
      try {
        const queue = page.getByRole('list', { name: 'Pending charge decisions' });
        await queue.getByRole('link').first().waitFor();
        await queue
          .getByText(/waiting \d+ days?/)
          .first()
          .waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({
          path: join(artifactsDir, `dashboard-prosecutor-${viewport.width}.png`),
          fullPage: true,
        });
        if (viewport === wide) {
          await queue.getByRole('link').first().click();
          await page.waitForURL(new RegExp(`#/cases/${oldest.id}/show`));
          await page.getByRole('table', { name: 'Timeline' }).waitFor();
        }
      } finally {
        await page.close();
      }
    }

    const page = await signedIn(suite.browser, suite.baseUrl, analyst, wide);
    try {
      const stalled = page.getByRole('list', { name: 'Stalled cases' });
      await stalled.getByRole('listitem').first().waitFor();
      await stalled
        .getByText(/days? overdue/)
        .first()
        .waitFor();
      await expect(stalled.getByRole('link').count()).resolves.toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({
        path: join(artifactsDir, 'dashboard-analyst-stalled-1440.png'),
        fullPage: true,
      });
    } finally {
      await page.close();
    }
  }, 420_000);
});
