import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { allMigrations } from '@greenchain/platform';
import { runnerConnections } from '@greenchain/read-models';
import { createTestDatabase, expectEventually, type TestDatabase } from '@greenchain/testing';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { startProjectionsContext } from '../test-support/projections-context';

/** What an embedded single process leaves to requests beside its runners' leader connections. */
const requestConnections = 8;

describe('runner connections in one process', () => {
  let database: TestDatabase;
  let app: INestApplicationContext;

  beforeAll(async () => {
    database = await createTestDatabase({ migrations: allMigrations, label: 'worker_pool' });
    // The pool sized as the embedded single process sizes it; queues on Redis.
    app = await startProjectionsContext(database, {
      embeddedPool: true,
      env: {
        REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
        QUEUE_PREFIX: `pool-${randomBytes(4).toString('hex')}`,
      },
    });
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('leaves requests their connections while every runner holds its leader connection', async () => {
    const dataSource = app.get(DataSource);
    await expectEventually(async () => {
      const [row] = await database.dataSource.query<{ leaders: number }[]>(
        `SELECT count(*)::int AS leaders FROM pg_locks
          WHERE locktype = 'advisory' AND granted
            AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      );
      expect(row?.leaders).toBe(runnerConnections);
    });
    const pool = (dataSource.driver as unknown as { master: Pool }).master;
    expect(pool.options.max).toBe(requestConnections + runnerConnections);

    // As many requests at once as the pool leaves them, each holding its connection a moment:
    // with the runners' connections counted in, these would wait for a connection forever.
    const requests = Array.from({ length: requestConnections }, () =>
      dataSource.query('SELECT pg_sleep(0.2)'),
    );
    const starved = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('requests waited for a connection')), 10_000).unref(),
    );
    await expect(Promise.race([Promise.all(requests), starved])).resolves.toHaveLength(
      requestConnections,
    );
  });
});
