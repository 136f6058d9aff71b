import { type Locator, type Page } from 'playwright-core';
import { currentCode, rememberSecret } from '../../support/second-factor';
import { type Browser } from './browser';
import { SignInTrace } from './sign-in-trace';

export const demoPassword = 'greenchain-demo';

/** The console's sign-in screen, as a user sees it. */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/admin/`);
    await this.email.waitFor();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.page.getByLabel(/^Password/).fill(password);
    await this.page.getByRole('button', { name: /sign in/i }).click();
  }

  /** The second step of signing in: the account's current code from its authenticator. */
  async answerCode(email: string): Promise<void> {
    await this.page.getByLabel(/^Code\s*\*?$/).fill(await currentCode(email));
    await this.page.getByRole('button', { name: 'Verify' }).click();
  }

  /** An administrator's first sign-in lands on enrolment: set up, confirm a code, keep the codes. */
  async enrol(email: string): Promise<readonly string[]> {
    await this.page.getByRole('button', { name: 'Set up' }).click();
    return this.confirmEnrolment(email);
  }

  /** With the QR code and secret on the page: types the current code; answers the recovery codes. */
  async confirmEnrolment(email: string): Promise<readonly string[]> {
    const secret = await this.page.getByLabel('Secret key').inputValue();
    rememberSecret(email, secret);
    await this.page.getByLabel('Code from the app').fill(await currentCode(email));
    await this.page.getByRole('button', { name: 'Confirm' }).click();
    const codes = this.page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
    await codes.first().waitFor();
    return codes.allTextContents();
  }

  private get email() {
    return this.page.getByLabel(/^Email/);
  }
}

function dashboardOf(page: Page): Locator {
  return page.getByRole('heading', { name: /^(Welcome|Bienvenue|Bienvenido)/ });
}

/** What the console shows after the password: the dashboard, a code prompt, or enrolment. */
async function afterPassword(
  page: Page,
  trace: SignInTrace,
): Promise<'dashboard' | 'code' | 'enrolment'> {
  const code = page.getByLabel(/^Code\s*\*?$/);
  const enrolment = page.getByRole('button', { name: 'Set up' });
  await trace.waitFor(page, dashboardOf(page).or(code).or(enrolment).first());
  if (await code.isVisible()) return 'code';
  if (await enrolment.isVisible()) return 'enrolment';
  return 'dashboard';
}

/**
 * A new tab (its own session) signed in as a demo user, on the dashboard. An account with a second
 * factor types its current code; an administrator without one enrols first, through the console,
 * with the secret it shows.
 */
export async function signedIn(
  browser: Browser,
  baseUrl: string,
  email: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const page = await browser.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const login = new LoginPage(page);
  const trace = new SignInTrace(page);
  await login.open(baseUrl);
  await login.signIn(email, demoPassword);
  const next = await afterPassword(page, trace);
  if (next === 'code') await login.answerCode(email);
  if (next === 'enrolment') {
    await login.enrol(email);
    await page.getByRole('button', { name: 'Done' }).click();
  }
  await trace.waitFor(page, dashboardOf(page));
  return page;
}
