import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { allMigrations, loadConfig, PlatformModule } from '@greenchain/platform';
import { runnerConnections } from '@greenchain/read-models';
import { createTestDatabase, expectEventually, type TestDatabase } from '@greenchain/testing';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { ProjectionsModule } from './projections.module';

/** What an embedded single process leaves to requests beside its runners' leader connections. */
const requestConnections = 8;

describe('runner connections in one process', () => {
  let database: TestDatabase;
  let app: INestApplicationContext;

  beforeAll(async () => {
    database = await createTestDatabase({ migrations: allMigrations, label: 'worker_pool' });
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: `pool-${randomBytes(4).toString('hex')}`,
      JWT_ACCESS_SECRET: randomBytes(32).toString('hex'),
      JWT_REFRESH_SECRET: randomBytes(32).toString('hex'),
      ENCRYPTION_MASTER_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'silent',
    });
    // Sized as the embedded single process sizes its pool; the database itself is the shared one.
    const infrastructure = { databaseUrl: database.url, embedded: true, stop: async () => {} };
    app = await NestFactory.createApplicationContext(
      {
        module: class RunnerConnectionsTest {},
        imports: [PlatformModule.forRoot({ config, infrastructure }), ProjectionsModule],
      },
      { logger: false },
    );
    await app.init();
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
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
