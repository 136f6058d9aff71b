import { type Page } from 'playwright-core';
import { type Browser } from './browser';

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

  private get email() {
    return this.page.getByLabel(/^Email/);
  }
}

/** A new tab (its own session) signed in as a demo user, on the dashboard. */
export async function signedIn(
  browser: Browser,
  baseUrl: string,
  email: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const page = await browser.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const login = new LoginPage(page);
  await login.open(baseUrl);
  await login.signIn(email, demoPassword);
  await page.getByRole('heading', { name: /^(Welcome|Bienvenue|Bienvenido)/ }).waitFor();
  return page;
}
