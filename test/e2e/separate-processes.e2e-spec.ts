import { createTestDatabase, expectEventually, type TestDatabase } from '@greenchain/testing';
import { apiUrlOf, builtEntries, type BuiltProcess, startBuilt } from '../support/built-process';
import { createDatabaseRoles, type DatabaseRoles } from '../support/database-roles';
import { testEnvironment } from '../support/test-app';

function stop({ child }: BuiltProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

describe('production topology: the API and the worker as separate processes', () => {
  let database: TestDatabase;
  let roles: DatabaseRoles;
  let api: BuiltProcess;
  let worker: BuiltProcess;

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
    api = startBuilt(builtEntries.api, env);
    worker = startBuilt(builtEntries.worker, env);
  });
  afterAll(async () => {
    try {
      await database?.drop();
    } finally {
      await roles?.drop();
    }
  });

  it('becomes ready once the worker beats through Redis, with no demo data in production', async () => {
    const baseUrl = await apiUrlOf(api);
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
