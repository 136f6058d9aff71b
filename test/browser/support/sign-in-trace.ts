import { join } from 'node:path';
import { type Locator, type Page } from 'playwright-core';
import { artifactsDir } from './browser';

/**
 * What a sign-in went through, for the report of one that stalls: the API's answers to the
 * sign-in requests with their timings, the browser's own errors, and the text the page held.
 */
export class SignInTrace {
  private readonly started = Date.now();
  private readonly lines: string[] = [];

  constructor(page: Page) {
    page.on('request', (request) => {
      if (request.url().includes('/api/auth/'))
        this.note(`sent ${request.method()} ${request.url()}`);
    });
    page.on('response', (response) => {
      if (response.url().includes('/api/auth/') || response.status() >= 400) {
        this.note(`answered ${response.status()} ${response.url()}`);
      }
    });
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) this.note(`at ${frame.url()}`);
    });
    page.on('requestfailed', (request) => {
      this.note(`failed ${request.url()}: ${request.failure()?.errorText ?? 'unknown'}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') this.note(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.note(`page error: ${error.message}`));
  }

  /** Waits for what the sign-in should lead to; a stall leaves a screenshot and the trace. */
  async waitFor(page: Page, outcome: Locator): Promise<void> {
    try {
      await outcome.waitFor();
    } catch (error) {
      await page.screenshot({ path: join(artifactsDir, 'sign-in-stalled.png'), fullPage: true });
      throw new Error(`${(error as Error).message}\n${await this.report(page)}`, { cause: error });
    }
  }

  private async report(page: Page): Promise<string> {
    const text = await page
      .locator('body')
      .innerText({ timeout: 5_000 })
      .catch((error: Error) => `(unreadable: ${error.message})`);
    return [
      'Sign-in trace:',
      ...this.lines,
      `The page held: ${text.replace(/\s+/g, ' ').slice(0, 600)}`,
    ].join('\n  ');
  }

  private note(line: string): void {
    this.lines.push(`+${Date.now() - this.started} ms ${line}`);
  }
}
