import { randomBytes } from 'node:crypto';
import { type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { createTestDatabase, type TestDatabase } from '@greenchain/testing';
import { loadConfig, migrateConfiguredDatabase, startInfrastructure } from '@greenchain/platform';
import { ApiModule } from '../../apps/api/src/api.module';
import { configureHttp } from '../../apps/api/src/bootstrap/configure-http';

export const testRedisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestApp {
  readonly app: NestExpressApplication;
  readonly database: TestDatabase;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Modules to add beside the API, e.g. the WorkerModule for a single-process app. */
  readonly with?: DynamicModule['imports'];
  readonly env?: NodeJS.ProcessEnv;
  /** Listen on a port (for a browser); otherwise supertest drives the server directly. */
  readonly listen?: boolean;
  /** A database the caller prepared (e.g. its roles), instead of a fresh one; dropped on close. */
  readonly database?: TestDatabase;
}

/**
 * The settings of a Greenchain process under test: the given database, the test Redis with a queue
 * prefix of its own (so suites side by side never take each other's jobs), fresh secrets.
 */
export function testEnvironment(databaseUrl: string, overrides: NodeJS.ProcessEnv = {}) {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: testRedisUrl,
    QUEUE_PREFIX: `test-${randomBytes(4).toString('hex')}`,
    JWT_ACCESS_SECRET: randomBytes(32).toString('hex'),
    ENCRYPTION_MASTER_KEY: randomBytes(32).toString('base64'),
    WORKER_HEARTBEAT_INTERVAL_MS: '500',
    WORKER_HEARTBEAT_STALE_MS: '5000',
    PORT: '0',
    HOST: '127.0.0.1',
    ...overrides,
  };
}

/**
 * The real application on a fresh database of the test PostgreSQL server and the test Redis, with a
 * queue prefix of its own so suites running side by side never take each other's jobs.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase({ migrations: [], label: 'app' }));
  const config = loadConfig(
    testEnvironment(database.url, { SEED_DEMO_DATA: 'true', LOG_LEVEL: 'silent', ...options.env }),
  );
  const infrastructure = await startInfrastructure(config);
  await migrateConfiguredDatabase(config, infrastructure);
  const app = await NestFactory.create<NestExpressApplication>(
    ApiModule.forRoot({ config, infrastructure }, options.with ?? []),
    { bodyParser: false, logger: false },
  );
  configureHttp(app, config);
  if (options.listen) await app.listen(0, '127.0.0.1');
  else await app.init();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
