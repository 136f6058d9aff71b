import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectEventually } from '@greenchain/testing';
import request from 'supertest';
import { reportFixtureCases } from '../fixtures/report-fixture.cases';
import { loadFixtureCases } from '../support/metrics-fixture-loader';
import { seriousViolations } from './support/axe';
import { artifactsDir, consoleUnderTest } from './support/browser';
import { demoPassword, signedIn } from './support/login.page';

const golden = (report: string) =>
  readFileSync(join(__dirname, `../fixtures/reports/${report}-KE-2024.csv`), 'utf8');

describe('the treaty reports page in Chromium', () => {
  const suite = consoleUnderTest();

  beforeAll(async () => {
    const http = request(suite.baseUrl);
    const token = async (role: string) => {
      const login = await http
        .post('/api/auth/login')
        .send({ email: `${role}@demo.greenchain.test`, password: demoPassword });
      return (login.body as { accessToken: string }).accessToken;
    };
    const customs = await token('customs');
    const officers = {
      customs,
      prosecutor: await token('prosecutor'),
      judiciary: await token('judiciary'),
    };
    await loadFixtureCases(http, officers, reportFixtureCases);
    // The reports are read from the worker's read model: wait until it holds every case.
    await expectEventually(
      async () => {
        const response = await http
          .get('/api/reports/wco-cen')
          .query({ country: 'KE', year: 2024, format: 'csv' })
          .set('Authorization', `Bearer ${customs}`)
          .buffer(true);
        expect(response.text).toBe(golden('wco-cen'));
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
  }, 240_000);

  it('downloads every report a customs officer files, and lists the cases missing data', async () => {
    const page = await signedIn(suite.browser, suite.baseUrl, 'customs@demo.greenchain.test');
    await page.getByRole('menuitem', { name: 'Treaty reports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Treaty reports' }).waitFor();
    await page.getByRole('spinbutton', { name: 'Year' }).fill('2024');
    const names = [
      ['cites-aitr', 'CITES annual illegal trade report'],
      ['basel-illegal-traffic', 'Basel Convention: confirmed cases of illegal traffic'],
      ['basel-closed-cases', 'Basel Convention national report, Table 9: cases closed in the year'],
      ['montreal-form1', 'Montreal Protocol, Form 1: fully proven cases'],
      ['montreal-form2', 'Montreal Protocol, Form 2: significant cases and their causes'],
      ['wco-cen', 'WCO Customs Enforcement Network: seizure records'],
      ['un-cts', 'UN-CTS: persons suspected, prosecuted and convicted'],
    ] as const;
    for (const [report, name] of names) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: `Download CSV of ${name}` }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${report}-KE-2024.csv`);
      const path = await download.path();
      expect(readFileSync(path, 'utf8')).toBe(golden(report));
    }
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Download XLSX of ${names[0][1]}` }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('cites-aitr-KE-2024.xlsx');

    await page.getByRole('button', { name: `Check the missing data of ${names[0][1]}` }).click();
    const gaps = page.getByRole('list', { name: `Check the missing data of ${names[0][1]}` });
    await gaps.getByRole('link', { name: 'KRA/JKIA/2024/R004' }).waitFor();
    await gaps.getByText('Missing: Description of specimens (CITES term code)').waitFor();
    await gaps.getByText('Missing: Presumed final destination').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'treaty-reports.png'), fullPage: true });

    // Why the destination is missing: the gap moves from missing to explained, with the reason.
    await gaps
      .getByRole('button', {
        name: 'Explain why Presumed final destination is missing for KRA/JKIA/2024/R004',
      })
      .click();
    const dialog = page.getByRole('dialog', {
      name: 'Why is “Presumed final destination” missing?',
    });
    await dialog.getByRole('combobox', { name: 'Reason' }).click();
    await page.getByRole('option', { name: 'Withheld for an ongoing investigation' }).click();
    await dialog.getByRole('textbox', { name: 'Note (optional)' }).fill('Joint operation');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectEventually(async () => {
      await page.getByRole('button', { name: `Check the missing data of ${names[0][1]}` }).click();
      await gaps
        .getByText('Explained: Presumed final destination (Withheld for an ongoing investigation)')
        .waitFor({ timeout: 1_000 });
    });
    await expect(gaps.getByText('Missing: Presumed final destination').count()).resolves.toBe(0);

    // The ICCWC data-sharing choice for 2024: shared by default, then the Party objects.
    const sharing = page.getByRole('switch', {
      name: 'CITES 2024: share the data with the ICCWC partners',
    });
    await expect(sharing.isChecked()).resolves.toBe(true);
    await page.getByText('Default (nobody chose): shared.').waitFor();
    await sharing.click();
    await page.getByText('Recorded by a focal point; written on the CITES report.').waitFor();
    await expect(sharing.isChecked()).resolves.toBe(false);
    expect(await seriousViolations(page)).toEqual([]);

    await gaps.getByRole('link', { name: 'KRA/JKIA/2024/R004' }).click();
    await page.waitForURL(/#\/cases\/[0-9a-f-]+\/show$/);
  }, 240_000);

  it('offers no treaty reports to a judiciary liaison', async () => {
    const page = await signedIn(suite.browser, suite.baseUrl, 'judiciary@demo.greenchain.test');
    await page.getByRole('menuitem', { name: 'Analytics' }).waitFor();
    await expect(page.getByRole('menuitem', { name: 'Treaty reports' }).count()).resolves.toBe(0);
    await page.goto(`${suite.baseUrl}/admin/#/reports`);
    await page.getByText('Your role does not file treaty reports.').waitFor();
  }, 180_000);
});
