import { get } from 'node:http';
import { performance } from 'node:perf_hooks';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { startApi, type ApiProcess } from '../shared/api-process';
import { median } from '../shared/append-limits';
import { runBenchmark } from '../shared/bench-database';
import { demoPassword } from '../shared/sign-in';
import { demoWorld } from '../shared/demo-world-database';
import { loadAverages, runHeader } from '../shared/run-header';

/**
 * What the console costs a user (targets of docs/benchmarks.md): the JavaScript the sign-in page
 * makes headless Chromium fetch, as the API serves it compressed (gzip, brotli), and the time from
 * opening a page to its first meaningful content on the demo world, each the median of several
 * cold visits (a fresh browser context: empty cache) by a signed-in user. The world has 100,000
 * cases by default, the one the reads benchmark seeds and keeps; `--cases 2000` asks for a quick run.
 */
const casesFlag = process.argv.indexOf('--cases');
const cases = casesFlag > 0 ? Number(process.argv[casesFlag + 1]) : 100_000;
const samples = 5;
const sessionKey = 'greenchain.session';

interface Visit {
  readonly name: string;
  readonly email: string;
  readonly path: string;
  /** What the user waits for: the page's first meaningful content. */
  readonly content: (page: Page) => Locator;
}

const visits: readonly Visit[] = [
  {
    name: 'case list (officer)',
    email: 'customs@demo.greenchain.test',
    path: '#/cases',
    content: (page) => page.locator('tbody tr').first(),
  },
  {
    name: 'dashboard (officer: recent cases)',
    email: 'customs@demo.greenchain.test',
    path: '#/',
    content: (page) => page.locator('a[href^="#/cases/"]').first(),
  },
  {
    name: 'dashboard (analyst: chain funnel)',
    email: 'analyst@demo.greenchain.test',
    path: '#/',
    content: (page) => page.locator('figure .recharts-bar-rectangle').first(),
  },
];

interface ScriptBytes {
  readonly files: number;
  readonly raw: number;
  /** The bytes Chromium received, in the encodings it asked for (listed). */
  readonly transferred: number;
  readonly transferEncodings: readonly string[];
  /** The bytes the API serves for the same files to a client asking for each encoding alone. */
  readonly gzip: number;
  readonly brotli: number;
}

async function main(): Promise<void> {
  const loadAtStart = loadAverages();
  const world = await demoWorld(cases);
  const api = await startApi(world.url);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const scripts = await signInPageScripts(browser, api);
    const sessions = new Map<string, string>();
    const timings: [Visit, number[]][] = [];
    for (const visit of visits) {
      if (!sessions.has(visit.email)) sessions.set(visit.email, await session(browser, api, visit));
      const times: number[] = [];
      for (let sample = 0; sample < samples; sample += 1) {
        times.push(await coldVisit(browser, api, visit, sessions.get(visit.email) ?? ''));
      }
      console.warn(`${visit.name}: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
      timings.push([visit, times]);
    }
    printTables(scripts, timings, world, loadAtStart);
  } finally {
    await browser.close();
    await api.stop();
  }
}

/**
 * Every script the sign-in page makes Chromium fetch until the network is idle: the bytes it
 * received, and what the API serves for the same files to a client that asks for gzip or brotli
 * (the console is served precompressed).
 */
async function signInPageScripts(browser: Browser, api: ApiProcess): Promise<ScriptBytes> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const fetched: Promise<{ url: string; raw: number; transferred: number; encoding: string }>[] =
      [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      fetched.push(
        Promise.all([response.body(), response.request().sizes()]).then(([body, sizes]) => ({
          url: response.url(),
          raw: body.length,
          transferred: sizes.responseBodySize,
          encoding: response.headers()['content-encoding'] ?? 'identity',
        })),
      );
    });
    await page.goto(`${api.baseUrl}/admin/`);
    await page.getByLabel(/^Email/).waitFor();
    await page.waitForLoadState('networkidle');
    const scripts = await Promise.all(fetched);
    const served = async (encoding: string) =>
      (await Promise.all(scripts.map(({ url }) => servedBytes(url, encoding)))).reduce(
        (total, bytes) => total + bytes,
        0,
      );
    return {
      files: scripts.length,
      raw: scripts.reduce((total, script) => total + script.raw, 0),
      transferred: scripts.reduce((total, script) => total + script.transferred, 0),
      transferEncodings: [...new Set(scripts.map((script) => script.encoding))],
      gzip: await served('gzip'),
      brotli: await served('br'),
    };
  } finally {
    await context.close();
  }
}

/** The body's length on the wire (not decoded) when the client accepts only `encoding`. */
function servedBytes(url: string, encoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'Accept-Encoding': encoding } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve(bytes));
      response.on('error', reject);
    }).on('error', reject);
  });
}

/** Signs in through the form once and keeps the tab's session, for the cold visits to reuse. */
async function session(browser: Browser, api: ApiProcess, visit: Visit): Promise<string> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${api.baseUrl}/admin/`);
    await page.getByLabel(/^Email/).fill(visit.email);
    await page.getByLabel(/^Password/).fill(demoPassword);
    await page.getByRole('button', { name: /sign in/i }).click();
    await page.getByRole('heading', { name: /^Welcome/ }).waitFor({ timeout: 60_000 });
    const stored = await page.evaluate<string | null>(
      `sessionStorage.getItem(${JSON.stringify(sessionKey)})`,
    );
    if (!stored) throw new Error(`signing in ${visit.email} left no session`);
    return stored;
  } finally {
    await context.close();
  }
}

/**
 * Milliseconds from opening the page in a fresh context (empty cache, the session already in the
 * tab) until its content is visible and the page's main thread answers again.
 */
async function coldVisit(
  browser: Browser,
  api: ApiProcess,
  visit: Visit,
  stored: string,
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(
      `sessionStorage.setItem(${JSON.stringify(sessionKey)}, ${JSON.stringify(stored)})`,
    );
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(`${api.baseUrl}/admin/${visit.path}`);
    await visit.content(page).waitFor({ timeout: 60_000 });
    await page.evaluate(() => undefined);
    return performance.now() - started;
  } finally {
    await context.close();
  }
}

function printTables(
  scripts: ScriptBytes,
  timings: readonly [Visit, number[]][],
  world: { cases: number; events: number },
  loadAtStart: string,
): void {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const count = (value: number) => value.toLocaleString('en-US');
  const lines = [
    runHeader(loadAtStart),
    `Console in headless Chromium against the compiled API in production mode, demo world (seed 1) of ${count(world.cases)} cases, ${count(world.events)} events.`,
    '',
    '| sign-in page JavaScript | files | uncompressed (KiB) | Chromium received (KiB) | served as gzip (KiB) | served as brotli (KiB) |',
    '|---|---:|---:|---:|---:|---:|',
    `| scripts Chromium fetched until the network was idle | ${scripts.files} | ${kb(scripts.raw)} | ${kb(scripts.transferred)} (${scripts.transferEncodings.join(', ')}) | ${kb(scripts.gzip)} | ${kb(scripts.brotli)} |`,
    '',
    `| page, cold visit (empty cache, signed in) | median (ms) | fastest, slowest of ${samples} (ms) |`,
    '|---|---:|---:|',
    ...timings.map(
      ([visit, times]) =>
        `| ${visit.name} | ${median(times).toFixed(0)} | ${Math.min(...times).toFixed(0)}, ${Math.max(...times).toFixed(0)} |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

runBenchmark(main);
