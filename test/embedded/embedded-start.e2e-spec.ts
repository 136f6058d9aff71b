import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type SecondFactorChallenge } from '@greenchain/contracts';
import { expectEventually } from '@greenchain/testing';
import { generateSync } from 'otplib';

const root = join(__dirname, '../..');
const entry = join(root, 'dist/apps/api/src/single-process.main.js');
const recorder = join(__dirname, 'record-connections.cjs');

interface Started {
  readonly child: ChildProcess;
  readonly baseUrl: string;
  readonly output: () => string;
}

/** Starts the built single-process server the way `npm start` does, with only DATA_DIR set. */
function startEmbedded(dataDir: string, connectionLog: string): Promise<Started> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
  };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'PGHOST', 'PGPORT', 'PGDATABASE'])
    delete env[name];
  const child = spawn(process.execPath, ['--require', recorder, entry], {
    cwd: root,
    env: { ...env, GREENCHAIN_CONNECTION_LOG: connectionLog, LOG_LEVEL: 'warn' },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return expectEventually(
    () => {
      const match = /Console: (http:\/\/[^/\s]+)\/admin\//.exec(output);
      if (!match?.[1]) throw new Error(`not started yet:\n${output}`);
      return { child, baseUrl: match[1], output: () => output };
    },
    // Migrations and the 300-case demo world, whose every case now has its free text encrypted
    // under a key of its own: about 45 s on a loaded two-core machine (its speed is a benchmark's
    // business, not this test's).
    { timeoutMs: 150_000, intervalMs: 100 },
  );
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

describe('npm start on a bare machine (embedded default)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gc-embedded-'));
  const connectionLog = join(dataDir, 'connections.log');
  let server: Started;

  beforeAll(async () => {
    server = await startEmbedded(dataDir, connectionLog);
  }, 180_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints the console URL and the demo accounts', () => {
    expect(server.output()).toContain('embedded database, queues on postgres');
    expect(server.output()).toContain('customs@demo.greenchain.test');
    expect(server.output()).toMatch(/Second factor of admin@demo\.greenchain\.test/);
  });

  it('becomes ready, with the queues on the embedded database', async () => {
    const body = await expectEventually(
      async () => {
        const response = await fetch(`${server.baseUrl}/health/ready`);
        expect(response.status).toBe(200);
        return (await response.json()) as { details: Record<string, unknown> };
      },
      { timeoutMs: 30_000 },
    );
    expect(body.details.queue).toEqual({ status: 'up', backend: 'postgres' });
  });

  it('serves the console and signs a demo user in', async () => {
    const page = await fetch(`${server.baseUrl}/admin/`);
    expect(await page.text()).toContain('<div id="root">');
    const login = await fetch(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'analyst@demo.greenchain.test', password: 'greenchain-demo' }),
    });
    expect(login.status).toBe(200);
  });

  it('opens no connection to a PostgreSQL or Redis server, only to its own embedded one', () => {
    const connections = readFileSync(connectionLog, 'utf8').trim().split('\n');
    expect(connections.length).toBeGreaterThan(0);
    const ownPort = new URL(server.baseUrl).port;
    const foreign = connections.filter(
      (target) =>
        /:(5432|6379)$/.test(target) || target.startsWith('ipc:') || target.endsWith(`:${ownPort}`),
    );
    expect(foreign).toEqual([]);
    expect(new Set(connections).size).toBe(1);
  });

  it('shuts down cleanly on SIGTERM and keeps its data for the next start', async () => {
    expect(await stop(server.child)).toBe(0);
    const again = await startEmbedded(dataDir, join(dataDir, 'second.log'));
    try {
      expect(again.output()).toContain('Console:');
      // The demo administrator has a second factor; the banner prints its secret (demo only), the
      // same across restarts.
      const secret = /secret ([A-Z2-7]{32})/.exec(again.output())?.[1] ?? '';
      expect(server.output()).toContain(`secret ${secret}`);
      const post = (path: string, body: object) =>
        fetch(`${again.baseUrl}/api/auth/${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
      const login = await post('login', {
        email: 'admin@demo.greenchain.test',
        password: 'greenchain-demo',
      });
      expect(login.status).toBe(200);
      const { challenge } = (await login.json()) as SecondFactorChallenge;
      const code = generateSync({ secret, epoch: Math.floor(Date.now() / 1000) });
      expect((await post('login/second-factor', { challenge, code })).status).toBe(200);
    } finally {
      await stop(again.child);
    }
  }, 90_000);
});
