import { join } from 'node:path';
import { seriousViolations } from './support/axe';
import { artifactsDir, consoleUnderTest } from './support/browser';
import { demoPassword, LoginPage } from './support/login.page';

describe('the console shell in Chromium', () => {
  const suite = consoleUnderTest();

  it('signs a customs officer in and shows who they are, their menu and that the system can record', async () => {
    const page = await suite.browser.newPage();
    const login = new LoginPage(page);
    await login.open(suite.baseUrl);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'login.png') });
    await login.signIn('customs@demo.greenchain.test', demoPassword);
    await page.getByRole('heading', { name: /Welcome, Amina Otieno/ }).waitFor();
    await page.getByText('Ready to record').waitFor();
    await page.getByText(/Country: Kenya/).waitFor();
    await page.getByRole('link', { name: /Notifications: \d+ unread/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'dashboard-customs.png'), fullPage: true });
    await expect(page.getByRole('menuitem', { name: 'Users' }).count()).resolves.toBe(0);
    await expect(page.getByRole('menuitem', { name: 'Projections' }).count()).resolves.toBe(0);
    await page.getByRole('menuitem', { name: 'System' }).click();
    await page.getByRole('heading', { name: 'System status' }).waitFor();
    await page.getByText('worker: up').waitFor();
  }, 180_000);

  it('tells a user with a wrong password so, and stays on the sign-in screen', async () => {
    const page = await suite.browser.newPage();
    const login = new LoginPage(page);
    await login.open(suite.baseUrl);
    await login.signIn('customs@demo.greenchain.test', 'wrong');
    await page.getByText('Email or password is wrong.').waitFor();
    expect(page.url()).toContain('/login');
  }, 180_000);
});
