import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, expectEventually, type TestDatabase } from '@greenchain/testing';
import { testEnvironment } from '../support/test-app';

const root = join(__dirname, '../..');
const builtPage = () => readFileSync(join(root, 'dist/admin/index.html'), 'utf8');

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
  });
}

describe('the built API started from a folder other than its installation', () => {
  const elsewhere = mkdtempSync(join(tmpdir(), 'gc-elsewhere-'));
  let database: TestDatabase | undefined;
  let api: ChildProcess | undefined;
  let output = '';

  beforeAll(async () => {
    database = await createTestDatabase({ migrations: [], label: 'elsewhere' });
    api = spawn(process.execPath, [join(root, 'dist/apps/api/src/main.js')], {
      cwd: elsewhere,
      env: { PATH: process.env.PATH, ...testEnvironment(database.url, { LOG_LEVEL: 'warn' }) },
    });
    api.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    api.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  });
  afterAll(async () => {
    try {
      if (api) {
        const stopped = exited(api);
        api.kill('SIGKILL');
        await stopped;
      }
      await database?.drop();
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('serves the console at its root, at a deep link and its assets', async () => {
    const baseUrl = await expectEventually(
      () => {
        const match = /API: +(http:\/\/[^/\s]+)\/api\/docs/.exec(output);
        if (!match?.[1]) throw new Error(`API not started:\n${output}`);
        return match[1];
      },
      { timeoutMs: 60_000 },
    );
    const home = await fetch(`${baseUrl}/`);
    expect(home.url).toBe(`${baseUrl}/admin/`);
    expect(await home.text()).toBe(builtPage());
    const deepLink = await fetch(`${baseUrl}/admin/cases/123/show`);
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toBe(builtPage());
    const script = /src="(\/admin\/assets\/[^"]+\.js)"/.exec(builtPage())?.[1];
    const asset = await fetch(`${baseUrl}${script}`, { headers: { 'Accept-Encoding': 'br' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-encoding')).toBe('br');
  }, 90_000);
});
