import { type Page } from 'playwright-core';
import { consoleUnderTest } from './support/browser';
import { CaseApi, charged, referred, seizedCase } from './support/case-api';
import { CommandDialogPage } from './support/command-dialog.page';
import { demoPassword, LoginPage } from './support/login.page';

type Officer = 'customs' | 'prosecutor' | 'judiciary';

/**
 * The command dialogs the journeys do not reach: returning a referral, withdrawing charges,
 * adjourning a hearing, an appeal and its decision, an administrative settlement, a disposal,
 * sharing and revoking, closing and reopening. Each case is set up through the API up to the step
 * under test; each dialog is looked at (screenshot) and checked by axe while open.
 */
describe('the less common command dialogs, in the console', () => {
  const suite = consoleUnderTest();
  const tabs = {} as Record<Officer, Page>;
  const api = {} as Record<Officer, CaseApi>;
  /** Scripts the customs tab fetched from sign-in to the case list. */
  const fetched: string[] = [];

  const signIn = async (role: Officer) => {
    const page = await suite.browser.newPage();
    if (role === 'customs') page.on('request', (request) => fetched.push(request.url()));
    const login = new LoginPage(page);
    await login.open(suite.baseUrl);
    await login.signIn(`${role}@demo.greenchain.test`, demoPassword);
    await page.getByRole('menuitem', { name: 'Cases' }).waitFor();
    tabs[role] = page;
    api[role] = await CaseApi.of(page, suite.baseUrl);
  };

  beforeAll(async () => {
    for (const role of ['customs', 'prosecutor', 'judiciary'] as const) await signIn(role);
  }, 180_000);

  const casePage = async (role: Officer, caseId: string) => {
    const page = new CommandDialogPage(tabs[role]);
    await page.openCase(suite.baseUrl, caseId);
    return page;
  };

  it('signs in and lists cases without fetching the charts or the analytics page', async () => {
    const page = tabs.customs;
    await page.getByRole('menuitem', { name: 'Cases' }).click();
    await page.getByRole('link', { name: 'Record a seizure' }).waitFor();
    const scripts = fetched.filter((url) => url.includes('/admin/assets/') && url.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    expect(scripts.filter((url) => /\/(charts|AnalyticsPage)-[\w-]+\.js$/.test(url))).toEqual([]);
  }, 120_000);

  it('the prosecutor returns a referral to customs', async () => {
    const seized = await seizedCase(api.customs);
    await referred(api.customs, seized);
    const page = await casePage('prosecutor', seized.caseId);
    const dialog = await page.openCommand('Return referral');
    await page.fill(dialog, /^Reason/, 'The seizure report lacks the laboratory result.');
    await page.look('return-referral');
    await page.recordAndSee(dialog, 'Referral returned');
    expect(page.violations).toEqual([{ dialog: 'return-referral', violations: [] }]);
  }, 300_000);

  it('the prosecutor withdraws the charges against a defendant', async () => {
    const seized = await seizedCase(api.customs);
    await charged(api.customs, api.prosecutor, seized);
    const page = await casePage('prosecutor', seized.caseId);
    const dialog = await page.openCommand('Withdraw charges', page.defendant('John Kamau'));
    await page.pick(dialog, /^Reason/, /^Insufficient evidence/);
    await page.fill(dialog, /^Note/, 'The cylinders were tested after the deadline.');
    await page.look('withdraw-charges');
    await page.recordAndSee(dialog, 'Charges withdrawn');
    await page.defendant('John Kamau').getByText('Withdrawn').waitFor();
    expect(page.violations).toEqual([{ dialog: 'withdraw-charges', violations: [] }]);
  }, 300_000);

  it('the judiciary adjourns a hearing, files an appeal and decides it', async () => {
    const seized = await seizedCase(api.customs);
    await charged(api.customs, api.prosecutor, seized);
    const defendant = `/${seized.caseId}/defendants/${seized.consigneeId}`;
    await api.judiciary.post(`/${seized.caseId}/hearings`, {
      occurredAt: '2024-05-02',
      partyIds: [seized.consigneeId],
      court: 'Mombasa Law Courts',
      scheduledFor: '2024-06-10',
      purpose: 'trial',
    });
    await api.judiciary.post(`${defendant}/verdict`, {
      occurredAt: '2024-09-10',
      outcome: 'convicted',
    });
    const page = await casePage('judiciary', seized.caseId);

    const adjourn = await page.openCommand('Adjourn hearing');
    await page.pick(adjourn, /^Hearing/, /^Mombasa Law Courts$/);
    await page.fill(adjourn, /^Reason/, 'The defence counsel is ill.');
    await page.look('adjourn-hearing');
    await page.recordAndSee(adjourn, 'Hearing adjourned');

    const appeal = await page.openCommand('File appeal', page.defendant('John Kamau'));
    await page.pick(appeal, /^Appellant/, /^Defence$/);
    await page.pick(appeal, /^Against/, /^Verdict$/);
    await page.fill(appeal, /^Grounds/, 'The laboratory chain of custody was broken.');
    await page.look('file-appeal');
    await page.recordAndSee(appeal, 'Appeal filed');

    const decide = await page.openCommand('Decide appeal');
    await page.pick(decide, /^Appeal/, /John Kamau/);
    await page.pick(decide, /^Decision/, /^Upheld$/);
    await page.look('decide-appeal');
    await page.recordAndSee(decide, 'Appeal decided');
    expect(page.violations).toEqual(
      ['adjourn-hearing', 'file-appeal', 'decide-appeal'].map((dialog) => ({
        dialog,
        violations: [],
      })),
    );
  }, 300_000);

  it('customs settles, disposes of the goods, shares and revokes, closes and reopens', async () => {
    const seized = await seizedCase(api.customs);
    const page = await casePage('customs', seized.caseId);

    const settle = await page.openCommand('Settle administratively');
    await settle.getByRole('checkbox', { name: 'John Kamau' }).check();
    await page.fill(settle, /^Amount · Amount/, '150000');
    await page.pick(settle, /^Currency/, /^KES/);
    await page.look('settle');
    await page.recordAndSee(settle, 'Settled administratively');

    const disposal = await page.openCommand('Record disposal');
    await page.pick(disposal, /^Item/, /HCFC-22/);
    await page.pick(disposal, /^Method/, /^Destroyed$/);
    await page.look('disposal');
    await page.recordAndSee(disposal, 'Goods disposed of');

    const share = await page.openCommand('Share with a country');
    await page.pick(share, /^Country/, /Uganda/);
    await page.fill(share, /^Agency/, 'Uganda Revenue Authority');
    await page.fill(share, /^Last day of access/, '2027-06-30');
    await page.look('share');
    await page.recordAndSee(share, 'Shared with a country');

    const revoke = await page.openCommand('Revoke a share');
    await page.pick(revoke, /^Share/, /Uganda Revenue Authority/);
    await page.fill(revoke, /^Reason/, 'Shared with the wrong agency.');
    await page.look('revoke-share');
    await page.recordAndSee(revoke, 'Share revoked');

    const close = await page.openCommand('Close case');
    await page.pick(close, /^Reason/, /^Concluded/);
    await page.look('close');
    await page.recordAndSee(close, 'Case closed');
    // Settled and closed: the chain never went past detection, and does not say it did.
    expect(await page.completedSteps()).toEqual(['Detection', 'Closure']);

    const reopen = await page.openCommand('Reopen case');
    await page.fill(reopen, /^Reason/, 'The importer appealed the settlement.');
    await page.look('reopen');
    await page.recordAndSee(reopen, 'Case reopened');
    expect(page.violations).toEqual(
      ['settle', 'disposal', 'share', 'revoke-share', 'close', 'reopen'].map((dialog) => ({
        dialog,
        violations: [],
      })),
    );
  }, 300_000);
});
