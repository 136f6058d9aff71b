import { join } from 'node:path';
import { expectEventually } from '@greenchain/testing';
import { type Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { artifactsDir, consoleUnderTest } from './support/browser';
import { signedIn } from './support/login.page';
import { seedWorldAndCatchUp } from './support/seeded-world';

const analyst = 'analyst@demo.greenchain.test';

/** The charts of the page, each named by what it shows (its figures in words). */
const chartTitles = [
  'How far cases and defendants get',
  'Why defendants left the chain',
  'Where defendants go',
  'How long cases wait',
  'Penalty adequacy',
  'Fine against value',
  'How much was recorded',
  'By Country',
] as const;

/** What each chart draws when it has data: bars, Sankey links, survival curves or bins. */
const drawnMarks =
  '.recharts-bar-rectangle, .recharts-sankey-link, .recharts-line-curve, .recharts-scatter-symbol';

async function openAnalytics(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: 'Analytics' }).click();
  await page.getByRole('heading', { name: 'Where the chain breaks', level: 1 }).waitFor();
}

/** Every chart's accessible summary, once every chart is drawn with data. */
async function chartSummaries(page: Page): Promise<string[]> {
  const summaries: string[] = [];
  for (const title of chartTitles) {
    const figure = page
      .getByRole('region', { name: title, exact: true })
      .locator('figure[aria-label]');
    await figure.locator(drawnMarks).first().waitFor({ timeout: 60_000 });
    summaries.push((await figure.getAttribute('aria-label')) ?? '');
  }
  return summaries;
}

function pageWidth(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth');
}

describe('the analytics overview in Chromium, over a seeded demo world', () => {
  const suite = consoleUnderTest();

  beforeAll(() => seedWorldAndCatchUp(suite, 120), 240_000);

  it('draws every chart with its table, filters them all through the URL and restores the view on reload', async () => {
    const page = await signedIn(suite.browser, suite.baseUrl, analyst, {
      width: 1440,
      height: 900,
    });
    try {
      await openAnalytics(page);
      const before = await chartSummaries(page);
      expect(before.every((summary) => /\d/.test(summary))).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({
        path: join(artifactsDir, 'analytics-overview-1440.png'),
        fullPage: true,
      });

      // Each chart's table alternative holds its figures, with hidden cells marked as such.
      for (const title of chartTitles) {
        await page
          .getByRole('group', { name: `Show ${title} as` })
          .getByRole('button', { name: 'Table' })
          .click();
        // The breakdown's table keeps the name it has always had.
        const name = title === 'By Country' ? 'Cases at each step, per group' : title;
        const table = page.getByRole('table', { name }).first();
        await table.waitFor();
        await expect(table.locator('tbody tr').count()).resolves.toBeGreaterThan(0);
        await expect(
          table.locator('tbody td').filter({ hasText: /\d/ }).count(),
        ).resolves.toBeGreaterThan(0);
      }
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({
        path: join(artifactsDir, 'analytics-overview-tables-1440.png'),
        fullPage: true,
      });
      for (const title of chartTitles) {
        await page
          .getByRole('group', { name: `Show ${title} as` })
          .getByRole('button', { name: 'Chart' })
          .click();
      }

      // The keyboard reaches the switch between a chart and its table.
      const chainView = page.getByRole('group', { name: `Show ${chartTitles[0]} as` });
      await chainView.getByRole('button', { name: 'Chart' }).focus();
      // The switch is one tab stop; the arrow keys move within it, as in any toolbar.
      await page.keyboard.press('ArrowRight');
      await expect(
        page.evaluate<string>('document.activeElement?.textContent ?? ""'),
      ).resolves.toBe('Table');
      await page.keyboard.press('Enter');
      await page.getByRole('table', { name: chartTitles[0] }).waitFor();
      await chainView.getByRole('button', { name: 'Chart' }).click();

      // One filter changes every chart, every file link and the URL.
      await page.getByRole('combobox', { name: 'Commodity group' }).click();
      await page.getByRole('option', { name: 'Wildlife' }).click();
      await expectEventually(() => expect(page.url()).toContain('commodityGroup=wildlife'), {
        timeoutMs: 10_000,
        intervalMs: 100,
      });
      let after: string[] = [];
      await expectEventually(
        async () => {
          after = await chartSummaries(page);
          after.forEach((summary, index) => expect(summary).not.toBe(before[index]));
        },
        { timeoutMs: 60_000, intervalMs: 500 },
      );
      for (const title of chartTitles) {
        const region = page.getByRole('region', { name: title, exact: true });
        await expect(region.getByRole('link', { name: /as CSV$/ }).count()).resolves.toBe(1);
      }
      // Every file link of the page, the countries' included, carries the filter.
      for (const link of await page.getByRole('link', { name: /as CSV$/ }).all()) {
        expect(decodeURIComponent((await link.getAttribute('href')) ?? '')).toContain(
          '"commodityGroup":"wildlife"',
        );
      }
      // The CSV is the chart's data, as the API serves it for this filter.
      const download = page.waitForEvent('download');
      await page
        .getByRole('link', { name: `Download the data of “${chartTitles[0]}” as CSV` })
        .click();
      expect((await download).suggestedFilename()).toBe('greenchain-chain-funnel-steps.csv');
      const png = page.waitForEvent('download');
      await page
        .getByRole('button', { name: `Download the chart “${chartTitles[0]}” as PNG` })
        .click();
      expect((await png).suggestedFilename()).toBe('greenchain-chain-funnel-steps.png');

      // The URL alone brings the same view back.
      await page.reload();
      await page.getByRole('heading', { name: 'Where the chain breaks', level: 1 }).waitFor();
      await expect(
        page.getByRole('combobox', { name: 'Commodity group' }).textContent(),
      ).resolves.toBe('Wildlife');
      await expect(chartSummaries(page)).resolves.toEqual(after);
      await page.screenshot({
        path: join(artifactsDir, 'analytics-overview-wildlife-1440.png'),
        fullPage: true,
      });
    } finally {
      await page.close();
    }
  }, 300_000);

  it('reads at 360 pixels wide and in the dark theme', async () => {
    const page = await signedIn(suite.browser, suite.baseUrl, analyst, { width: 360, height: 780 });
    try {
      await page.getByRole('button', { name: 'Open menu' }).click();
      await openAnalytics(page);
      await chartSummaries(page);
      // Wide charts and tables scroll in their own boxes; the page itself never scrolls sideways.
      expect(await pageWidth(page)).toBeLessThanOrEqual(360);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({
        path: join(artifactsDir, 'analytics-overview-360.png'),
        fullPage: true,
      });
      await page.getByRole('button', { name: 'Toggle light/dark mode' }).click();
      await chartSummaries(page);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({
        path: join(artifactsDir, 'analytics-overview-360-dark.png'),
        fullPage: true,
      });
      await page.getByRole('button', { name: 'Toggle light/dark mode' }).click();
    } finally {
      await page.close();
    }
  }, 300_000);
});
