import { join } from 'node:path';
import { seriousViolations } from './support/axe';
import { artifactsDir, consoleUnderTest } from './support/browser';
import { demoPassword, signedIn } from './support/login.page';

describe('the administration area in Chromium', () => {
  const suite = consoleUnderTest();

  it('creates a customs officer, who then appears in the list, and disables them', async () => {
    const page = await signedIn(suite.browser, suite.baseUrl, 'admin@demo.greenchain.test');
    await expect(page.getByRole('menuitem', { name: 'Cases' }).count()).resolves.toBe(0);
    await page.getByRole('menuitem', { name: 'Users' }).click();
    await page.getByRole('cell', { name: 'customs@demo.greenchain.test' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'users.png'), fullPage: true });

    await page.getByRole('link', { name: 'Create' }).click();
    await page.getByLabel(/^Email/).fill('new.officer@kra.example');
    await page.getByLabel(/^Name/).fill('Wanjiku Kamau');
    await page.getByLabel(/^Initial password/).fill('a long enough password');
    await page.getByRole('combobox', { name: /^Role/ }).click();
    await page.getByRole('option', { name: 'Customs officer' }).click();
    // The role menu fades out: axe must not judge the contrast of its half-transparent options. A
    // CSS locator, because role queries stop seeing the menu once it is aria-hidden, before it is gone.
    await page.locator('[role="listbox"]').waitFor({ state: 'detached' });
    await page.getByLabel(/^Country/).fill('ke');
    await page.getByLabel(/^Agency/).fill('Kenya Revenue Authority - Customs');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'user-create.png'), fullPage: true });
    await page.getByRole('button', { name: 'Save' }).click();
    // Creating a user needs the password again; the proof then covers the edit below.
    const confirm = page.getByRole('dialog', { name: 'Confirm your password' });
    await confirm.getByLabel(/^Password/).fill(demoPassword);
    await confirm.getByRole('button', { name: 'Confirm' }).click();

    const row = page.getByRole('row', { name: /new\.officer@kra\.example/ });
    await row.waitFor();
    await expect(row.getByRole('cell', { name: 'KE', exact: true }).count()).resolves.toBe(1);
    await row.click();
    // Exact: while the edit page loads, the list's "Sort by active" header also carries the word.
    await page.getByLabel('Active', { exact: true }).uncheck();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('User updated').waitFor();
    // The active column's cell: the focal point's, beside it, shows "No" from the start.
    await row.locator('.column-active').getByTestId('false').waitFor();
  }, 180_000);

  it('shows every projection with its status, and dead-letter jobs', async () => {
    const page = await signedIn(suite.browser, suite.baseUrl, 'admin@demo.greenchain.test');
    await page.getByRole('menuitem', { name: 'Projections' }).click();
    const table = page.getByRole('table', { name: 'Projections' });
    await table.getByRole('rowheader').first().waitFor();
    expect(await table.getByRole('rowheader').count()).toBeGreaterThan(1);
    await table.getByText('Active').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'projections.png'), fullPage: true });

    await table.getByRole('button', { name: 'Rebuild' }).first().click();
    await page
      .getByRole('dialog')
      .getByText(/is rebuilt from the whole event log/)
      .waitFor();
    await page.screenshot({ path: join(artifactsDir, 'projection-rebuild-confirm.png') });
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('menuitem', { name: 'Dead-letter jobs' }).click();
    await page.getByText('No failed jobs: every job ran.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  }, 180_000);
});
