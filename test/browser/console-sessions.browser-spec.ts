import { join } from 'node:path';
import { type LoginResponse } from '@greenchain/contracts';
import { seriousViolations } from './support/axe';
import { artifactsDir, consoleUnderTest } from './support/browser';
import { demoPassword, signedIn } from './support/login.page';

const email = 'customs@demo.greenchain.test';

describe('the Sessions page in Chromium', () => {
  const suite = consoleUnderTest();

  /** A sign-in elsewhere (a field tablet, a desk computer), straight through the API. */
  const signInElsewhere = async (userAgent: string): Promise<LoginResponse> => {
    const response = await fetch(`${suite.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'User-Agent': userAgent },
      body: JSON.stringify({ email, password: demoPassword }),
    });
    return (await response.json()) as LoginResponse;
  };
  const meStatus = async (session: LoginResponse) =>
    (
      await fetch(`${suite.baseUrl}/api/auth/me`, {
        headers: { Authorization: `Bearer ${session.accessToken}` },
      })
    ).status;

  it('lists the sessions from the user menu, ends one, then all the others', async () => {
    const tablet = await signInElsewhere('Field tablet (Android 14)');
    const desk = await signInElsewhere('Desk computer (Windows, Firefox)');
    const page = await signedIn(suite.browser, suite.baseUrl, email);
    await page.getByRole('button', { name: /profile/i }).click();
    await page.getByRole('menuitem', { name: 'Sessions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sessions' }).waitFor();
    const rows = page.locator('tbody tr');
    await page.getByText('Field tablet (Android 14)').waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    await page.getByText('This session').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'sessions.png'), fullPage: true });

    const tabletRow = rows.filter({ hasText: 'Field tablet (Android 14)' });
    await tabletRow.getByRole('button', { name: 'End' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('Session ended').waitFor();
    await tabletRow.waitFor({ state: 'detached' });
    expect(await meStatus(tablet)).toBe(401);
    expect(await meStatus(desk)).toBe(200);

    await page.getByRole('button', { name: 'End all other sessions' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('No other session is running.').waitFor();
    expect(await rows.count()).toBe(1);
    expect(await meStatus(desk)).toBe(401);
    // The console's own session goes on.
    await page.getByRole('menuitem', { name: 'System' }).click();
    await page.getByText('Ready to record').waitFor();
  }, 180_000);
});
