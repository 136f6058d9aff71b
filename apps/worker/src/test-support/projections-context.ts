import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig, PlatformModule } from '@greenchain/platform';
import type { TestDatabase } from '@greenchain/testing';
import { ProjectionsModule } from '../projections/projections.module';

export interface ProjectionsContextOptions {
  /** Pool sized as in the embedded single process (the database stays the given one). */
  readonly embeddedPool?: boolean;
  /** Settings beside the database and the secrets, e.g. REDIS_URL. */
  readonly env?: NodeJS.ProcessEnv;
}

/** The worker's projections and jobs on a test database, as a Nest application context. */
export async function startProjectionsContext(
  database: TestDatabase,
  options: ProjectionsContextOptions = {},
): Promise<INestApplicationContext> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    JWT_ACCESS_SECRET: randomBytes(32).toString('hex'),
    ENCRYPTION_MASTER_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const infrastructure = {
    databaseUrl: database.url,
    migrationDatabaseUrl: database.url,
    embedded: options.embeddedPool ?? false,
    stop: async () => {},
  };
  const app = await NestFactory.createApplicationContext(
    {
      module: class ProjectionsTestContext {},
      imports: [PlatformModule.forRoot({ config, infrastructure }), ProjectionsModule],
    },
    { logger: false },
  );
  await app.init();
  return app;
}
