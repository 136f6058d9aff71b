import { randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@greenchain/testing';
import { escapeIdentifier } from 'pg';
import { allMigrations } from './all-migrations';
import { migrateDatabase } from './migrate-database';

describe('migrateDatabase on PostgreSQL', () => {
  let database: TestDatabase;
  beforeEach(
    async () => (database = await createTestDatabase({ migrations: [], label: 'migrate' })),
  );
  afterEach(() => database.drop());

  it('applies every migration once when the API and the worker start together', async () => {
    const [first, second] = await Promise.all([
      migrateDatabase(database.url),
      migrateDatabase(database.url),
    ]);
    expect([...first, ...second].sort()).toEqual(allMigrations.map((m) => m.name).sort());
    const applied = await database.dataSource.query<{ n: string }[]>(
      'SELECT count(*) AS n FROM migrations',
    );
    expect(Number(applied[0]?.n)).toBe(allMigrations.length);
  });

  it('has nothing to do on an up-to-date database', async () => {
    await migrateDatabase(database.url);
    expect(await migrateDatabase(database.url)).toEqual([]);
  });

  it('makes the runtime role a member of greenchain_app, its name quoted whatever it holds', async () => {
    const role = `gc "runtime"; ${randomBytes(4).toString('hex')}`;
    await database.dataSource.query(`CREATE ROLE ${escapeIdentifier(role)} LOGIN`);
    try {
      await migrateDatabase(database.url, role);
      const [row] = await database.dataSource.query<{ member: boolean }[]>(
        `SELECT pg_has_role($1, 'greenchain_app', 'MEMBER') AS member`,
        [role],
      );
      expect(row?.member).toBe(true);
      // A second start finds the membership in place.
      expect(await migrateDatabase(database.url, role)).toEqual([]);
    } finally {
      await database.dataSource.query(`DROP ROLE ${escapeIdentifier(role)}`);
    }
  });

  it('names a runtime role that does not exist', async () => {
    await expect(
      migrateDatabase(database.url, `gc_missing_${randomBytes(4).toString('hex')}`),
    ).rejects.toThrow(/runtime role "gc_missing_\w+" .* does not exist: create it first/);
  });
});
