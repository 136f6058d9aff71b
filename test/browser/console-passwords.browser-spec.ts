import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { artifactsDir, consoleUnderTest } from './support/browser';
import { demoPassword, LoginPage, signedIn } from './support/login.page';

async function fillNewPassword(page: Page, password: string): Promise<void> {
  await page.locator('input[name="newPassword"]').fill(password);
  await page.locator('input[name="repeatPassword"]').fill(password);
}

async function signsIn(page: Page, baseUrl: string, email: string, password: string) {
  const login = new LoginPage(page);
  await login.open(baseUrl);
  await login.signIn(email, password);
  await page.getByRole('heading', { name: /^Welcome/ }).waitFor();
}

describe('passwords in the console', () => {
  const suite = consoleUnderTest();

  it('changes the own password from the user menu, refusing a weak one first', async () => {
    const email = 'judiciary@demo.greenchain.test';
    const page = await signedIn(suite.browser, suite.baseUrl, email);
    await page.getByRole('button', { name: 'Profile' }).click();
    await page.getByRole('menuitem', { name: 'Change password' }).click();
    await page.locator('input[name="currentPassword"]').fill(demoPassword);
    await fillNewPassword(page, 'password1234');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page
      .getByRole('alert')
      .getByText(/too easy to guess/)
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'password-change-refused.png') });

    await fillNewPassword(page, 'mangrove ledger quietly 41');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed. Your other sessions are signed out.').waitFor();
    await page.screenshot({ path: join(artifactsDir, 'password-changed.png') });

    const again = await suite.browser.newPage();
    await signsIn(again, suite.baseUrl, email, 'mangrove ledger quietly 41');
  }, 180_000);

  it('gives an administrator a reset link after the password is confirmed, which works once', async () => {
    const page = await signedIn(suite.browser, suite.baseUrl, 'admin@demo.greenchain.test');
    await page.getByRole('menuitem', { name: 'Users' }).click();
    await page.getByRole('cell', { name: 'analyst@demo.greenchain.test' }).click();
    await page.getByRole('button', { name: 'Reset link' }).click();
    const confirm = page.getByRole('dialog', { name: 'Confirm your password' });
    await confirm.getByLabel(/^Password/).fill('not my password');
    await confirm.getByRole('button', { name: 'Confirm' }).click();
    await confirm.getByText('This is not your password.').waitFor();
    await confirm.getByLabel(/^Password/).fill(demoPassword);
    expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'reauthentication-prompt.png') });
    await confirm.getByRole('button', { name: 'Confirm' }).click();

    const shown = page.getByRole('dialog', { name: /^Password reset link for/ });
    const link = await shown.getByLabel('Link').inputValue();
    expect(link).toMatch(/\/admin\/#\/reset-password\/[A-Za-z0-9_-]{43}$/);
    expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'password-reset-link.png') });

    const user = await suite.browser.newPage();
    await user.goto(link);
    await user.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await fillNewPassword(user, 'copper heron at dusk 77');
    expect(await seriousViolations(user)).toEqual([]);
    await user.screenshot({ path: join(artifactsDir, 'password-reset-page.png') });
    await user.getByRole('button', { name: 'Set password' }).click();
    await user.getByText('Your password is set. Sign in with it.').waitFor();
    await user.screenshot({ path: join(artifactsDir, 'password-reset-done.png') });

    const reused = await suite.browser.newPage();
    await reused.goto(link);
    await fillNewPassword(reused, 'another strong passphrase 9');
    await reused.getByRole('button', { name: 'Set password' }).click();
    await reused
      .getByRole('alert')
      .getByText(/auth\/reset-link-invalid/)
      .waitFor();
    await reused.screenshot({ path: join(artifactsDir, 'password-reset-used.png') });

    await user.getByRole('link', { name: 'Go to sign-in' }).click();
    await signsIn(user, suite.baseUrl, 'analyst@demo.greenchain.test', 'copper heron at dusk 77');
  }, 240_000);
});
