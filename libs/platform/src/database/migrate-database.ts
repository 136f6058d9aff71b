import { DataSource } from 'typeorm';
import { allMigrations } from './all-migrations';

/** One key for the whole cluster: API and worker may start together, and only one may migrate. */
const migrationLockKey = 7_410_100_000_001n;

/**
 * Applies pending migrations under a session advisory lock, so concurrent starts of the API and the
 * worker neither race nor fail; returns the names of the migrations it applied.
 */
export async function migrateDatabase(url: string): Promise<string[]> {
  const dataSource = new DataSource({ type: 'postgres', url, migrations: allMigrations });
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [migrationLockKey.toString()]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    // PGlite's single session outlives the data source, so the lock is released explicitly.
    await lock.query('SELECT pg_advisory_unlock($1)', [migrationLockKey.toString()]);
    return applied.map((migration) => migration.name);
  } finally {
    await lock.release();
    await dataSource.destroy();
  }
}
