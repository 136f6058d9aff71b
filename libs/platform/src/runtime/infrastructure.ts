import { join } from 'node:path';
import { startEmbeddedPostgres } from '@greenchain/event-store';
import { Client } from 'pg';
import { type GreenchainConfig } from '../config/greenchain-config';

/** Where the process finds its database and its queues once the embedded parts, if any, are up. */
export interface Infrastructure {
  /** The runtime role's connection, for everything but migrations. */
  readonly databaseUrl: string;
  /** The owner role's connection, for migrations only; the same URL without a separate owner. */
  readonly migrationDatabaseUrl: string;
  readonly embedded: boolean;
  /** Stops what this process started itself; call after the Nest application has closed. */
  stop(): Promise<void>;
}

export async function startInfrastructure(config: GreenchainConfig): Promise<Infrastructure> {
  if (config.database.mode === 'external') {
    const { url, migrationUrl } = config.database;
    return {
      databaseUrl: url,
      migrationDatabaseUrl: migrationUrl ?? url,
      embedded: false,
      stop: async () => {},
    };
  }
  const postgres = await startEmbeddedPostgres({
    dataDir: join(config.database.dataDir, 'pglite'),
  });
  await pinSharedSearchPath(postgres.url);
  return {
    databaseUrl: postgres.url,
    migrationDatabaseUrl: postgres.url,
    embedded: true,
    stop: () => postgres.stop(),
  };
}

/**
 * BullMQ's PostgreSQL backend finds its functions through search_path and pins it with a startup
 * option, which pglite-socket ignores. PGlite is one session, so setting it once serves every
 * connection; public stays first so our own tables and migrations land there.
 */
async function pinSharedSearchPath(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SET search_path TO public, bullmq');
  } finally {
    await client.end();
  }
}
