import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import { startTestApp, type TestApp } from '../../support/test-app';

export const artifactsDir = join(__dirname, '../../../test-artifacts/browser');

export interface Browser {
  readonly context: BrowserContext;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Debian's Chromium, headless, with a fresh profile and no calls to the outside network. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'gc-chromium-'));
  mkdirSync(artifactsDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    newPage: async () => {
      const page = await context.newPage();
      // A loaded two-core CI machine can take many seconds to paint; waiting longer is not a bound.
      page.setDefaultTimeout(60_000);
      return page;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface ConsoleUnderTest {
  readonly subject: TestApp;
  readonly browser: Browser;
  readonly baseUrl: string;
}

/**
 * For one suite: the single-process app (API and worker, demo users) listening on a free port, and
 * Chromium; both closed after the suite. Read the fields inside tests, once beforeAll has run.
 */
export function consoleUnderTest(): ConsoleUnderTest {
  const suite: { subject?: TestApp; browser?: Browser; baseUrl?: string } = {};
  beforeAll(async () => {
    suite.subject = await startTestApp({ with: [WorkerModule], listen: true });
    suite.baseUrl = (await suite.subject.app.getUrl()).replace('[::1]', '127.0.0.1');
    suite.browser = await launchBrowser();
  }, 60_000);
  // Closing the app and dropping its database on a loaded machine can outlast jest's 5 s default.
  afterAll(async () => {
    await suite.browser?.close();
    await suite.subject?.close();
  }, 60_000);
  return suite as ConsoleUnderTest;
}
