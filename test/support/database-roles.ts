import { randomBytes } from 'node:crypto';
import { appRoleName } from '@greenchain/event-store';
import { testServerUrl, type TestDatabase } from '@greenchain/testing';
import { Client, escapeIdentifier } from 'pg';

/** An owner role and a runtime role of one test database, as the README's init script sets them up. */
export interface DatabaseRoles {
  readonly owner: string;
  readonly app: string;
  /** The database as the owner role: MIGRATION_DATABASE_URL. */
  readonly ownerUrl: string;
  /** The database as the runtime role: DATABASE_URL. */
  readonly appUrl: string;
  /** Drops both roles; call after the database is dropped (the owner owns it). */
  drop(): Promise<void>;
}

/**
 * Roles are cluster-wide and suites run side by side, so each call makes roles of its own, named
 * by a random suffix. The owner gets the database and ADMIN OPTION on `greenchain_app`, the role
 * the migrations grant to, so the migration step can make the runtime role a member; the runtime
 * role gets nothing here.
 */
export async function createDatabaseRoles(database: TestDatabase): Promise<DatabaseRoles> {
  const suffix = randomBytes(4).toString('hex');
  const owner = `gc_owner_${suffix}`;
  const app = `gc_app_${suffix}`;
  const drop = () =>
    asSuperuser(async (client) => {
      for (const role of [app, owner])
        await client.query(`DROP ROLE IF EXISTS ${escapeIdentifier(role)}`);
    });
  try {
    await asSuperuser(async (client) => {
      await client.query(`CREATE ROLE ${escapeIdentifier(owner)} LOGIN`);
      await client.query(`CREATE ROLE ${escapeIdentifier(app)} LOGIN`);
      // As the migration does: other suites may be creating it at the same moment.
      await client.query(`
        DO $$ BEGIN CREATE ROLE ${appRoleName} NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
      await client.query(`GRANT ${appRoleName} TO ${escapeIdentifier(owner)} WITH ADMIN OPTION`);
      await client.query(
        `ALTER DATABASE ${escapeIdentifier(database.name)} OWNER TO ${escapeIdentifier(owner)}`,
      );
    });
    // createTestDatabase made TypeORM's ledger as the superuser; on a real install the owner makes it.
    await database.dataSource.query(
      `ALTER TABLE IF EXISTS migrations OWNER TO ${escapeIdentifier(owner)}`,
    );
  } catch (error) {
    await drop();
    throw error;
  }
  return {
    owner,
    app,
    ownerUrl: urlAs(database.url, owner),
    appUrl: urlAs(database.url, app),
    drop,
  };
}

function urlAs(databaseUrl: string, user: string): string {
  const url = new URL(databaseUrl);
  url.username = user;
  return url.toString();
}

async function asSuperuser(work: (client: Client) => Promise<void>): Promise<void> {
  const client = new Client({ connectionString: testServerUrl });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
