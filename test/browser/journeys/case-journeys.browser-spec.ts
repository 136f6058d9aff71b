import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import { startTestApp, type TestApp } from '../../support/test-app';
import { seriousViolations } from '../support/axe';
import {
  artifactsDir,
  type Browser,
  closePagesAfterEachTest,
  launchBrowser,
} from '../support/browser';
import { CasePage } from '../support/case.page';
import { LoginPage } from '../support/login.page';
import { SeizureFormPage } from '../support/seizure-form.page';

const reference = 'KRA/MSA/2024/0173';

/**
 * The API journey of test/e2e/case-journeys.e2e-spec.ts, through the console: one HCFC-22 case from
 * seizure to sentence, each role in its own signed-in tab.
 */
describe('one HCFC-22 case through every role, in the console', () => {
  let subject: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let caseUrl = '';

  beforeAll(async () => {
    subject = await startTestApp({ with: [WorkerModule], listen: true });
    baseUrl = (await subject.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
  }, 60_000);
  closePagesAfterEachTest(() => browser);
  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await subject?.close();
    }
  });

  const signedIn = async (role: string): Promise<Page> => {
    const page = await browser.newPage();
    const login = new LoginPage(page);
    await login.open(baseUrl);
    await login.signIn(`${role}@demo.greenchain.test`, 'greenchain-demo');
    await page.getByRole('menuitem', { name: 'Cases' }).waitFor();
    return page;
  };
  /** Each main page is kept as a screenshot and checked by axe (0 serious or critical). */
  const shot = async (page: Page, name: string) => {
    await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
    expect({ page: name, violations: await seriousViolations(page) }).toEqual({
      page: name,
      violations: [],
    });
  };

  it('a customs officer records the seizure by keyboard alone, with two defendants, and refers it', async () => {
    const page = await signedIn('customs');
    await page.getByRole('menuitem', { name: 'Cases' }).click();
    await page.getByRole('link', { name: 'Record a seizure' }).click();
    const form = new SeizureFormPage(page);
    await form.waitForForm();
    await form.fillSeizure(reference, 'Port of Mombasa');
    await form.fillItem({
      descriptionDeclared: 'Air-curtain equipment',
      hsDeclared: '8415.10',
      descriptionEstablished: 'HCFC-22 in disposable cylinders',
      hsEstablished: '2903.71',
      substance: 'HCFC-22',
      quantities: [
        { amount: '400', unit: 'cylinders' },
        { amount: '5440', unit: 'kilograms' },
      ],
      value: { amount: '27200', currency: 'USD' },
    });
    await form.addParty({
      kind: 'Person',
      role: /^Consignee$/,
      name: 'John Kamau',
      nationalityOrCountry: 'Kenya',
    });
    await form.addParty({
      kind: 'Company',
      role: /^Freight forwarder$/,
      name: 'Coastline Freight Ltd',
      nationalityOrCountry: 'Kenya',
    });
    await shot(page, 'seizure-form');
    await form.save();

    const casePage = new CasePage(page);
    await casePage.timeline.waitFor();
    caseUrl = page.url();
    await page.getByRole('heading', { name: reference, level: 1 }).waitFor();
    await casePage.defendant('Coastline Freight Ltd').waitFor();
    const refer = await casePage.openCommand('Refer to prosecution');
    await refer.getByLabel(/^Prosecution office/).fill('ODPP Mombasa');
    await refer.getByLabel(/^Summary/).fill('HCFC-22 imported without licence, misdeclared.');
    await casePage.record(refer);
    await casePage.timeline.getByText('Referred to prosecution').waitFor();
    await shot(page, 'case-referred');
  }, 300_000);

  it('the prosecutor finds it in the list, accepts, charges the consignee and declines the forwarder', async () => {
    const page = await signedIn('prosecutor');
    await page.getByRole('menuitem', { name: 'Cases' }).click();
    await page.getByRole('cell', { name: reference }).waitFor();
    await shot(page, 'case-list');
    await page.getByRole('cell', { name: reference }).click();
    const casePage = new CasePage(page);
    await casePage.timeline.waitFor();
    await casePage.record(await casePage.openCommand('Accept referral'));
    await casePage.timeline.getByText('Referral accepted').waitFor();

    // A colleague charges the consignee in another tab while this page still shows the old version.
    const colleague = new CasePage(await signedIn('prosecutor'));
    await colleague.open(page.url());
    const charge = await colleague.openCommand('File charges', colleague.defendant('John Kamau'));
    await charge.getByLabel(/^Statute/).fill('EMCA 1999');
    await charge.getByLabel(/^Section/).fill('s. 142');
    await charge.getByLabel(/^ICCS class/).fill('1001');
    await colleague.record(charge);
    await colleague.timeline.getByText('Charges filed').waitFor();

    const decline = await casePage.openCommand(
      'Decline',
      casePage.defendant('Coastline Freight Ltd'),
    );
    await casePage.pick(decline, /^Reason/, /^Insufficient evidence$/);
    await decline.getByLabel(/^Note/).fill('The forwarder relied on the consignor’s declaration.');
    await decline.getByRole('button', { name: 'Record' }).click();
    const conflict = page.getByRole('dialog', { name: 'Someone recorded something first' });
    await conflict.getByText(/Charges filed · .* · Prosecutor/).waitFor();
    await shot(page, 'case-conflict');
    await conflict.getByRole('button', { name: 'Record on the new version' }).click();
    await conflict.waitFor({ state: 'detached' });
    await casePage.defendant('Coastline Freight Ltd').getByText('Declined').waitFor();
    await casePage.defendant('John Kamau').getByText('Charged').waitFor();
    await shot(page, 'case-prosecution');
  }, 300_000);

  it('the judiciary liaison records a conviction and a fine', async () => {
    const page = await signedIn('judiciary');
    const casePage = new CasePage(page);
    await casePage.open(caseUrl);
    const verdict = await casePage.openCommand('Record verdict', casePage.defendant('John Kamau'));
    await casePage.pick(verdict, /^Verdict/, /^Convicted$/);
    await casePage.record(verdict);
    await casePage.defendant('John Kamau').getByText('Convicted').waitFor();

    const sentence = await casePage.openCommand(
      'Impose sentence',
      casePage.defendant('John Kamau'),
    );
    await sentence.getByLabel(/^Amount · Amount/).fill('2000000');
    await casePage.pick(sentence, /^Currency/, /^KES/, 0);
    await sentence.getByLabel(/^Statutory maximum fine · Amount/).fill('5000000');
    await casePage.pick(sentence, /^Currency/, /^KES/, 1);
    await sentence.getByLabel(/^Statutory maximum term/).fill('24');
    await casePage.record(sentence);
    await casePage.defendant('John Kamau').getByText('Sentenced').waitFor();
    await shot(page, 'case-sentenced');
  }, 300_000);

  it('the customs officer sees the outcome, with every fact and who recorded it', async () => {
    const page = await signedIn('customs');
    const casePage = new CasePage(page);
    await casePage.open(caseUrl);
    await page.getByText('Concluded with a sentence').waitFor();
    await casePage.timeline.getByText('Sentence imposed').waitFor();
    await casePage.timeline
      .getByText(/Judiciary liaison · Judiciary of Kenya \(KE\)/)
      .first()
      .waitFor();
    await page.getByText(/Hash chain intact: 10 facts verified/).waitFor();
    await shot(page, 'case-outcome-customs');
    await page.setViewportSize({ width: 360, height: 800 });
    await shot(page, 'case-outcome-360');
    await page.setViewportSize({ width: 1280, height: 800 });

    const register = await casePage.openCommand('Register evidence');
    await register.getByLabel(/^Description/).fill('One 13.6 kg cylinder labelled R-22');
    await register.getByLabel(/^Place/).fill('KRA exhibit store, Mombasa');
    await register.getByRole('button', { name: 'Record' }).click();
    await page.getByRole('heading', { name: 'Chain of custody' }).waitFor();
    const seal = await casePage.openCommand('Seal');
    await seal.getByLabel(/^Seal number/).fill('KRA-S-004512');
    await casePage.record(seal);
    await page.getByText('Seal KRA-S-004512 intact').waitFor();
    await page.getByText(/Hash chain intact: 2 facts verified/).waitFor();
    await shot(page, 'evidence');
  }, 300_000);

  it('an analyst sees the case without personal fields', async () => {
    const page = await signedIn('analyst');
    const casePage = new CasePage(page);
    await casePage.open(caseUrl);
    // A company's name is personal data too: it may be a person's trading name.
    await casePage.defendant('Personal data withheld').first().waitFor();
    await expect(page.getByText('Coastline Freight Ltd').count()).resolves.toBe(0);
    await expect(page.getByText('John Kamau').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Close case' }).count()).resolves.toBe(0);
    await shot(page, 'case-analyst');

    await page.getByRole('menuitem', { name: 'Cases' }).click();
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: 'CSV' }).click();
    const progress = page.getByRole('dialog', { name: 'Export CSV' });
    await progress.getByText(/cases ready/).waitFor();
    await shot(page, 'case-export');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      progress.getByRole('button', { name: 'Download' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('greenchain-cases.csv');
    expect(readFileSync(await download.path(), 'utf8')).toContain(reference);
  }, 300_000);
});
