import { createTestDatabase, type TestDatabase } from '@greenchain/testing';
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
});
