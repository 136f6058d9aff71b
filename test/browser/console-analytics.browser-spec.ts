import { join } from 'node:path';
import { projectionLags } from '@greenchain/read-models';
import { expectEventually } from '@greenchain/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { caseCommand } from '../support/case-commands';
import { declinedCase } from '../support/declined-case';
import { signIn } from '../support/sessions';
import { today } from '../support/today';
import { seriousViolations } from './support/axe';
import { artifactsDir, consoleUnderTest } from './support/browser';
import { signedIn } from './support/login.page';
import { seedWorldAndCatchUp } from './support/seeded-world';

describe('the chain dashboards in Chromium, over a seeded demo world', () => {
  const suite = consoleUnderTest();

  beforeAll(async () => {
    const { subject, baseUrl } = suite;
    await seedWorldAndCatchUp(suite, 120);
    // A world seeded in bulk notifies no one: the customs office hears of an outcome recorded today.
    const tokens = {
      customs: (await signIn(request(baseUrl), 'customs')).accessToken,
      prosecutor: (await signIn(request(baseUrl), 'prosecutor')).accessToken,
    };
    await declinedCase(
      (officer, path, body) => caseCommand(request(baseUrl), tokens[officer], path, body),
      today(),
    );
    // Outcomes notify the seizing office through jobs; the unread count is read once they are done.
    await expectEventually(
      async () => {
        const dataSource = subject.app.get(DataSource);
        const dispatcher = (await projectionLags(dataSource)).find(
          (lag) => lag.name === 'job-dispatcher',
        );
        expect(dispatcher).toMatchObject({ behindEvents: 0 });
        const [pending] = await dataSource.query<{ jobs: number }[]>(
          `SELECT count(*)::int AS jobs FROM job_dispatches WHERE status = 'pending'`,
        );
        expect(pending?.jobs).toBe(0);
      },
      { timeoutMs: 90_000, intervalMs: 500 },
    );
  }, 240_000);

  it('shows an analyst the funnel on the dashboard and the breakdowns, with no administration', async () => {
    const page = await signedIn(suite.browser, suite.baseUrl, 'analyst@demo.greenchain.test');
    await page.getByRole('heading', { name: 'Cases at each step' }).waitFor();
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    await expect(page.getByRole('menuitem', { name: 'Users' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: /Notifications/ }).count()).resolves.toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'dashboard-analyst.png'), fullPage: true });

    await page.getByRole('menuitem', { name: 'Analytics' }).click();
    await page.getByText('Figures for all countries.').waitFor();
    // The breakdown's table alternative stays on while the grouping and the filters change.
    await page
      .getByRole('group', { name: 'Show By Country as' })
      .getByRole('button', { name: 'Table' })
      .click();
    await page.getByRole('table', { name: 'Cases at each step, per group' }).waitFor();
    await page.getByRole('heading', { name: 'Penalty adequacy', exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'analytics.png'), fullPage: true });
    // Wide tables scroll in their own box; the page itself never scrolls sideways.
    await expect(page.evaluate<number>('document.documentElement.scrollWidth')).resolves.toBe(1280);

    await page.getByRole('combobox', { name: 'Group by' }).click();
    await page.getByRole('option', { name: 'Agreement' }).click();
    await page.getByRole('columnheader', { name: 'Agreement' }).first().waitFor();
    await page.getByRole('rowheader', { name: 'Montreal Protocol' }).first().waitFor();
    await page.screenshot({
      path: join(artifactsDir, 'analytics-by-agreement.png'),
      fullPage: true,
    });

    await page.getByRole('combobox', { name: 'Group by' }).click();
    await page.getByRole('option', { name: 'Commodity group' }).click();
    await page.getByRole('rowheader', { name: 'Wildlife' }).first().waitFor();
    await page.getByRole('combobox', { name: 'Group by' }).click();
    await page.getByRole('option', { name: 'Region' }).click();
    await page.getByRole('columnheader', { name: 'Region' }).first().waitFor();
    await page.getByRole('rowheader', { name: 'Western Africa' }).first().waitFor();
    // The region filter keeps one region's cases: the others leave the table.
    await page.getByRole('combobox', { name: 'Region' }).click();
    await page.getByRole('option', { name: 'Eastern Africa' }).click();
    await page
      .getByRole('rowheader', { name: 'Western Africa' })
      .first()
      .waitFor({ state: 'detached' });
    await page.getByRole('rowheader', { name: 'Eastern Africa' }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'analytics-by-region.png'), fullPage: true });
  }, 180_000);

  it('shows a customs officer their latest cases and the figures of their own country only', async () => {
    const page = await signedIn(suite.browser, suite.baseUrl, 'customs@demo.greenchain.test');
    await page.getByRole('heading', { name: 'Latest cases' }).waitFor();
    await page.getByRole('heading', { name: 'Unread outcomes' }).waitFor();
    // Dates as British English writes them (en-GB), not the browser's US default.
    await page
      .getByText(/^\d{1,2} [A-Z][a-z]{2} \d{4} · /)
      .first()
      .waitFor();
    await page.screenshot({
      path: join(artifactsDir, 'dashboard-customs-cases.png'),
      fullPage: true,
    });
    const bell = page.getByRole('link', { name: /^Notifications: \d+ unread$/ });
    const unread = Number((await bell.getAttribute('aria-label'))?.match(/\d+/)?.[0]);
    expect(unread).toBeGreaterThan(0);
    await bell.click();
    await page.getByRole('button', { name: 'Mark read' }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'notifications.png'), fullPage: true });
    await page.getByRole('button', { name: 'Mark read' }).first().click();
    await page.getByRole('link', { name: `Notifications: ${unread - 1} unread` }).waitFor();
    await page.getByRole('menuitem', { name: 'Analytics' }).click();
    await page.getByText('Figures for Kenya.').waitFor();
    await expect(page.getByLabel('Country', { exact: true }).count()).resolves.toBe(0);
    // The map's PNG button turns from disabled to enabled once the map is drawn: axe looks after.
    await page.locator('svg[data-drawing] path[role="button"]').first().waitFor();
    await page.locator('button[aria-label="Download World map as PNG"]:enabled').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  }, 180_000);

  it('keeps the case list and a case page free of serious accessibility faults', async () => {
    const page = await signedIn(suite.browser, suite.baseUrl, 'customs@demo.greenchain.test');
    await page.getByRole('menuitem', { name: 'Cases' }).click();
    await page
      .getByRole('cell', { name: /^KE\/\d{4}\/\d+$/ })
      .first()
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await expect(page.evaluate<number>('document.documentElement.scrollWidth')).resolves.toBe(1280);
    await page.screenshot({ path: join(artifactsDir, 'cases.png'), fullPage: true });
    await page
      .getByRole('cell', { name: /^KE\/\d{4}\/\d+$/ })
      .first()
      .click();
    await page.getByRole('table', { name: 'Timeline' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'case.png'), fullPage: true });
  }, 180_000);
});
