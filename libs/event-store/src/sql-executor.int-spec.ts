import { createTestDatabase, expectEventually, type TestDatabase } from '@greenchain/testing';
import { queryPooled } from './sql-executor';

describe('queryPooled on PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => (database = await createTestDatabase({ migrations: [], label: 'pooled' })));
  afterAll(() => database?.drop());

  it('turns a connection lost mid-query into a rejection, and the pool goes on', async () => {
    const [pid] = await queryPooled<{ pid: number }>(
      database.dataSource,
      'SELECT pg_backend_pid() AS pid',
      [],
    );
    const slow = queryPooled(database.dataSource, 'SELECT pg_sleep(30)', []);
    // A busy machine may take a while to start the query: terminate it once it is really running.
    await expectEventually(async () => {
      const [killed] = await database.dataSource.query<{ n: string }[]>(
        `SELECT count(pg_terminate_backend(pid)) AS n FROM pg_stat_activity
          WHERE datname = current_database() AND state = 'active' AND query = 'SELECT pg_sleep(30)'`,
      );
      expect(killed?.n).toBe('1');
    });
    await expect(slow).rejects.toThrow();
    expect(pid).toBeDefined();
    const [after] = await queryPooled<{ one: number }>(database.dataSource, 'SELECT 1 AS one', []);
    expect(after?.one).toBe(1);
  });

  it('keeps the connection after an error of the statement itself', async () => {
    await expect(queryPooled(database.dataSource, 'SELECT 1/0', [])).rejects.toThrow(/division/);
    const [row] = await queryPooled<{ one: number }>(database.dataSource, 'SELECT 1 AS one', []);
    expect(row?.one).toBe(1);
  });
});
