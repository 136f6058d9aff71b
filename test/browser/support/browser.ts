import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import { startTestApp, type TestApp } from '../../support/test-app';
import { browserRunVariable, chromiumsUsing, killChromiums } from './chromium-processes';

export const artifactsDir = join(__dirname, '../../../test-artifacts/browser');

export interface Browser {
  readonly context: BrowserContext;
  newPage(): Promise<Page>;
  /** Closes Chromium and removes its profile; its processes are killed if it does not go. */
  close(): Promise<void>;
}

/** Debian's Chromium, headless, with a fresh profile and no calls to the outside network. */
export async function launchBrowser(): Promise<Browser> {
  // Below the run's folder when jest's global setup made one, so its teardown finds a leftover.
  const profile = mkdtempSync(join(process.env[browserRunVariable] ?? tmpdir(), 'gc-chromium-'));
  mkdirSync(artifactsDir, { recursive: true });
  const close = async (context?: BrowserContext) => {
    try {
      await context?.close();
    } finally {
      killChromiums(chromiumsUsing(profile));
      rmSync(profile, { recursive: true, force: true });
    }
  };
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
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
  } catch (error) {
    await close();
    throw error;
  }
  return {
    context,
    newPage: async () => {
      const page = await context.newPage();
      // A loaded two-core CI machine can take many seconds to paint; waiting longer is not a bound.
      page.setDefaultTimeout(60_000);
      return page;
    },
    close: () => close(context),
  };
}

/**
 * Closes after each test, passed or failed, the pages it opened: an idle console left open keeps
 * its renderer busy (polling, animations) for the rest of the suite. Pages a beforeAll opened (a
 * session kept across tests) stay until the browser closes.
 */
export function closePagesAfterEachTest(browser: () => Browser | undefined): void {
  let before = new Set<Page>();
  beforeEach(() => {
    before = new Set(browser()?.context.pages());
  });
  afterEach(async () => {
    const opened =
      browser()
        ?.context.pages()
        .filter((page) => !before.has(page)) ?? [];
    await Promise.all(opened.map((page) => page.close()));
  });
}

export interface ConsoleUnderTest {
  readonly subject: TestApp;
  readonly browser: Browser;
  readonly baseUrl: string;
}

/**
 * For one suite: the single-process app (API and worker, demo users) listening on a free port, and
 * Chromium; both closed after the suite, also when the suite or its start failed. Read the fields
 * inside tests, once beforeAll has run.
 */
export function consoleUnderTest(): ConsoleUnderTest {
  const suite: { subject?: TestApp; browser?: Browser; baseUrl?: string } = {};
  beforeAll(async () => {
    suite.subject = await startTestApp({ with: [WorkerModule], listen: true });
    suite.baseUrl = (await suite.subject.app.getUrl()).replace('[::1]', '127.0.0.1');
    suite.browser = await launchBrowser();
  }, 60_000);
  closePagesAfterEachTest(() => suite.browser);
  // Closing the app and dropping its database on a loaded machine can outlast jest's 5 s default.
  afterAll(async () => {
    try {
      await suite.browser?.close();
    } finally {
      await suite.subject?.close();
    }
  }, 60_000);
  return suite as ConsoleUnderTest;
}
