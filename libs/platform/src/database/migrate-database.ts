import { DataSource } from 'typeorm';
import { type GreenchainConfig } from '../config/greenchain-config';
import { type Infrastructure } from '../runtime/infrastructure';
import { allMigrations } from './all-migrations';
import { grantAppRoleMembership } from './app-role-membership';

/** One key for the whole cluster: API and worker may start together, and only one may migrate. */
const migrationLockKey = 7_410_100_000_001n;

/**
 * Applies pending migrations under a session advisory lock, so concurrent starts of the API and the
 * worker neither race nor fail; returns the names of the migrations it applied. `url` is the owner
 * role's connection (MIGRATION_DATABASE_URL, or the one URL without it); with `appRole`, that
 * runtime role is made a member of the role the migrations grant the application's privileges to.
 */
export async function migrateDatabase(url: string, appRole?: string): Promise<string[]> {
  const dataSource = new DataSource({ type: 'postgres', url, migrations: allMigrations });
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [migrationLockKey.toString()]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (appRole) await grantAppRoleMembership(lock, appRole);
    // PGlite's single session outlives the data source, so the lock is released explicitly.
    await lock.query('SELECT pg_advisory_unlock($1)', [migrationLockKey.toString()]);
    return applied.map((migration) => migration.name);
  } finally {
    await lock.release();
    await dataSource.destroy();
  }
}

/** The migration step of every entry point: the owner's connection, granting to the runtime role. */
export function migrateConfiguredDatabase(
  config: GreenchainConfig,
  infrastructure: Infrastructure,
): Promise<string[]> {
  const appRole = config.database.mode === 'external' ? config.database.appRole : undefined;
  return migrateDatabase(infrastructure.migrationDatabaseUrl, appRole);
}
