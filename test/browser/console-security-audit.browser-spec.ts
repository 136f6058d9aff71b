import { join } from 'node:path';
import {
  isSecondFactorChallenge,
  type LoginOutcome,
  type LoginResponse,
} from '@greenchain/contracts';
import { expectEventually } from '@greenchain/testing';
import { currentCode } from '../support/second-factor';
import { seriousViolations } from './support/axe';
import { artifactsDir, consoleUnderTest } from './support/browser';
import { signedIn } from './support/login.page';

describe('the audit trail in Chromium', () => {
  const suite = consoleUnderTest();

  it('lists sign-ins for an administrator and narrows them to failed ones', async () => {
    const page = await signedIn(suite.browser, suite.baseUrl, 'admin@demo.greenchain.test');
    const api = (path: string) => `${suite.baseUrl}/api${path}`;
    const failed = await page.request.post(api('/auth/login'), {
      data: { email: 'customs@demo.greenchain.test', password: 'a wrong password' },
    });
    expect(failed.status()).toBe(401);
    // The administrator enrolled a second factor on signing in above: the API asks for it too.
    const admin = await page.request.post(api('/auth/login'), {
      data: { email: 'admin@demo.greenchain.test', password: 'greenchain-demo' },
    });
    const outcome = (await admin.json()) as LoginOutcome;
    expect(isSecondFactorChallenge(outcome)).toBe(true);
    const answered = await page.request.post(api('/auth/login/second-factor'), {
      data: {
        challenge: isSecondFactorChallenge(outcome) ? outcome.challenge : '',
        code: await currentCode('admin@demo.greenchain.test'),
      },
    });
    const { accessToken } = (await answered.json()) as LoginResponse;
    // The read model follows the log within moments; the list shows what it holds when opened.
    await expectEventually(async () => {
      const listed = await page.request.get(api('/security-audit'), {
        headers: { Authorization: `Bearer ${accessToken}` },
        params: { filter: JSON.stringify({ kind: 'SignInFailed' }) },
      });
      expect(await listed.json()).toHaveLength(1);
    });

    await page.getByRole('menuitem', { name: 'Audit trail' }).click();
    const failedRow = page.getByRole('row', { name: /Sign-in failed/ });
    await failedRow.first().waitFor();
    await page
      .getByRole('row', { name: /Signed in/ })
      .first()
      .waitFor();
    await expect(failedRow.first().getByText('not signed in').count()).resolves.toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'security-audit.png'), fullPage: true });

    await page.getByRole('combobox', { name: 'What' }).click();
    await page.getByRole('option', { name: 'Sign-in failed' }).click();
    await page.keyboard.press('Escape');
    await page.locator('[role="listbox"]').waitFor({ state: 'detached' });
    await page
      .getByRole('row', { name: /Signed in/ })
      .first()
      .waitFor({ state: 'detached' });
    await expect(page.getByRole('row', { name: /Sign-in failed/ }).count()).resolves.toBe(1);
    expect(page.url()).toContain('SignInFailed');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({
      path: join(artifactsDir, 'security-audit-filtered.png'),
      fullPage: true,
    });
  }, 180_000);
});
