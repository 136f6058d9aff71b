import { type Page } from 'playwright-core';

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
