import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createTestDatabase, expectEventually, type TestDatabase } from '@greenchain/testing';
import { createDatabaseRoles, type DatabaseRoles } from '../support/database-roles';
import { testEnvironment } from '../support/test-app';

const root = join(__dirname, '../..');

interface Running {
  readonly child: ChildProcess;
  readonly output: () => string;
}

function start(entry: string, env: NodeJS.ProcessEnv): Running {
  const child = spawn(process.execPath, [join(root, entry)], { cwd: root, env });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

function stop({ child }: Running): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

describe('production topology: the API and the worker as separate processes', () => {
  let database: TestDatabase;
  let roles: DatabaseRoles;
  let api: Running;
  let worker: Running;

  beforeAll(async () => {
    database = await createTestDatabase({ migrations: [], label: 'procs' });
    roles = await createDatabaseRoles(database);
    // Production refuses a superuser: migrations as the owner, the processes as the runtime role.
    const env = {
      PATH: process.env.PATH,
      ...testEnvironment(roles.appUrl, {
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        MIGRATION_DATABASE_URL: roles.ownerUrl,
      }),
    };
    // Started together, as docker-compose does: both migrate, under one lock.
    api = start('dist/apps/api/src/main.js', env);
    worker = start('dist/apps/worker/src/main.js', env);
  });
  afterAll(async () => {
    try {
      await database?.drop();
    } finally {
      await roles?.drop();
    }
  });

  it('becomes ready once the worker beats through Redis, with no demo data in production', async () => {
    const baseUrl = await expectEventually(
      () => {
        const match = /API: +(http:\/\/[^/\s]+)\/api\/docs/.exec(api.output());
        if (!match?.[1]) throw new Error(`API not started:\n${api.output()}`);
        return match[1];
      },
      { timeoutMs: 60_000 },
    );
    expect(api.output()).not.toContain('Demo accounts');
    await expectEventually(
      async () => expect((await fetch(`${baseUrl}/health/ready`)).status).toBe(200),
      { timeoutMs: 30_000 },
    );
    const users = await database.dataSource.query<{ n: string }[]>(
      'SELECT count(*) AS n FROM users',
    );
    expect(users[0]?.n).toBe('0');
  }, 120_000);

  it('stops both processes cleanly on SIGTERM', async () => {
    expect(await stop(worker)).toBe(0);
    expect(await stop(api)).toBe(0);
  }, 60_000);
});
