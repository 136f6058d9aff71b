import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource, type MixedList } from 'typeorm';

/** The PostgreSQL server the integration and e2e tiers use (never PGlite). */
export const testServerUrl =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  readonly dataSource: DataSource;
  /** Closes the data source and drops the database. */
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Migrations to run on the fresh database (classes or instances). */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly migrations: MixedList<Function | string>;
  /** A short label that shows up in the database name, to find leftovers. */
  readonly label?: string;
  readonly poolSize?: number;
}

/**
 * Creates a fresh database on the test server, runs the migrations and returns a connected data source.
 * Each suite gets its own database so suites run in parallel without seeing each other's rows.
 */
export async function createTestDatabase(options: TestDatabaseOptions): Promise<TestDatabase> {
  const name = `gc_${options.label ?? 'test'}_${randomBytes(4).toString('hex')}`.toLowerCase();
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = databaseUrl(name);
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations: options.migrations,
    migrationsRun: false,
    extra: { max: options.poolSize ?? 20 },
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return {
    url,
    name,
    dataSource,
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await dropDatabase(name);
    },
  };
}

export function databaseUrl(name: string): string {
  const url = new URL(testServerUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testServerUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
