import { join } from 'node:path';
import { seriousViolations } from './support/axe';
import { artifactsDir, consoleUnderTest } from './support/browser';
import { demoPassword, LoginPage } from './support/login.page';

describe('the second factor in Chromium', () => {
  const suite = consoleUnderTest();
  const email = 'admin@demo.greenchain.test';

  it('takes an administrator without one to enrolment, then asks for a code at sign-in', async () => {
    const page = await suite.browser.newPage();
    const login = new LoginPage(page);
    await login.open(suite.baseUrl);
    await login.signIn(email, demoPassword);
    await page.getByRole('heading', { name: 'Second factor', level: 1 }).waitFor();
    await page.getByText('Administrators must have a second factor').waitFor();
    await page.getByRole('button', { name: 'Set up' }).click();
    await page.getByRole('img', { name: 'QR code of the secret key' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({
      path: join(artifactsDir, 'second-factor-enrolment.png'),
      fullPage: true,
    });
    expect(await page.getByLabel('Secret key').inputValue()).toMatch(/^[A-Z2-7]{32}$/);
    const codes = await login.confirmEnrolment(email);
    expect(codes).toHaveLength(10);
    await page.screenshot({
      path: join(artifactsDir, 'second-factor-recovery-codes.png'),
      fullPage: true,
    });
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('heading', { name: /^Welcome/ }).waitFor();
    await page.getByRole('menuitem', { name: 'Users' }).click();
    await page.getByRole('cell', { name: 'customs@demo.greenchain.test' }).waitFor();

    // A new tab signs in with the password and then the code; a wrong code is refused first.
    const second = await suite.browser.newPage();
    const again = new LoginPage(second);
    await again.open(suite.baseUrl);
    await again.signIn(email, demoPassword);
    await second.getByLabel(/^Code\s*\*?$/).fill('000000');
    await second.getByRole('button', { name: 'Verify' }).click();
    await second.getByText('This code is wrong.').waitFor();
    expect(await seriousViolations(second)).toEqual([]);
    await second.screenshot({
      path: join(artifactsDir, 'second-factor-sign-in.png'),
      fullPage: true,
    });
    await again.answerCode(email);
    await second.getByRole('heading', { name: /^Welcome/ }).waitFor();

    // The user menu leads to the page, which now says it is on.
    await second.getByRole('button', { name: 'Profile' }).click();
    await second.getByRole('menuitem', { name: 'Second factor' }).click();
    await second.getByText('On. Recovery codes left: 10').waitFor();
    expect(await seriousViolations(second)).toEqual([]);
  }, 240_000);
});
