import { join } from 'node:path';
import { seriousViolations } from './support/axe';
import { artifactsDir, consoleUnderTest } from './support/browser';
import { demoPassword, LoginPage } from './support/login.page';

describe('pages a role may not open, in Chromium', () => {
  const suite = consoleUnderTest();

  it('tells a customs officer in words that their role cannot open operations or user pages', async () => {
    const page = await suite.browser.newPage();
    const login = new LoginPage(page);
    await login.open(suite.baseUrl);
    await login.signIn('customs@demo.greenchain.test', demoPassword);
    await page.getByRole('heading', { name: /Welcome, Amina Otieno/ }).waitFor();

    const refusals: [path: string, sentence: string][] = [
      ['dead-letters', 'Your role cannot open operations pages.'],
      ['projections', 'Your role cannot open operations pages.'],
      ['users', 'Your role cannot open user administration pages.'],
    ];
    for (const [path, sentence] of refusals) {
      await page.goto(`${suite.baseUrl}/admin/#/${path}`);
      await page.getByRole('heading', { level: 1, name: 'Not open to your role' }).waitFor();
      await page.getByText(sentence).waitFor();
      // The API's own subject names never reach the page, nor an error notification.
      await expect(page.getByText(/DeadLetter|Projection\b|may not/).count()).resolves.toBe(0);
    }
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({
      path: join(artifactsDir, 'access-denied-customs.png'),
      fullPage: true,
    });

    await page.getByRole('link', { name: 'Back to the dashboard' }).click();
    await page.getByRole('heading', { name: /Welcome, Amina Otieno/ }).waitFor();
  }, 180_000);
});
