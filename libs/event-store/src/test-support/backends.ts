import { createTestDatabase } from '@greenchain/testing';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres } from '../embedded/embedded-postgres';
import { eventStoreMigrations } from '../migrations';

/** A migrated database the store's suites run against, and how to get rid of it. */
export interface Backend {
  readonly dataSource: DataSource;
  close(): Promise<void>;
}

export async function realPostgres(label: string): Promise<Backend> {
  const database = await createTestDatabase({ migrations: eventStoreMigrations, label });
  return { dataSource: database.dataSource, close: () => database.drop() };
}

/** The embedded default: PGlite behind pglite-socket, migrated like any other database. */
export async function embeddedPglite(): Promise<Backend> {
  const pglite = await startEmbeddedPostgres();
  const dataSource = new DataSource({
    type: 'postgres',
    url: pglite.url,
    migrations: eventStoreMigrations,
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await pglite.stop();
    },
  };
}
