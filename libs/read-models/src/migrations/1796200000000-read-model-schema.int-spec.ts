import { readModelDatabase, type ReadModelFixture } from '../test-support/read-model-fixture';
import { ReadModelSchema1796200000000 } from './1796200000000-read-model-schema';

describe('migration: projection tables in the read_models schema', () => {
  let fixture: ReadModelFixture;
  const migration = new ReadModelSchema1796200000000();

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_schema');
  });
  afterAll(() => fixture?.database.drop());

  const run = async (step: 'up' | 'down') => {
    const runner = fixture.database.dataSource.createQueryRunner();
    try {
      await migration[step](runner);
    } finally {
      await runner.release();
    }
  };
  const names = async (sql: string) =>
    (await fixture.database.dataSource.query<{ name: string }[]>(sql)).map((row) => row.name);

  it('drops the projection tables and views of earlier versions, so runners build them again', async () => {
    const { dataSource } = fixture.database;
    await run('down');
    await dataSource.query(`CREATE TABLE rm_case_summary_g2 (id text)`);
    await dataSource.query(`CREATE VIEW case_summary AS SELECT * FROM rm_case_summary_g2`);
    await dataSource.query(`CREATE TABLE rm_case_summary_g3 (id text)`);
    await dataSource.query(
      `INSERT INTO projection_status (name, status, version, generation, building_generation, building_version)
       VALUES ('case-summary', 'rebuilding', 2, 2, 3, 3)`,
    );
    await dataSource.query(
      `INSERT INTO checkpoints (subscription_id, transaction_id, global_position)
       VALUES ('projection:case-summary:g2', '9', 9), ('projection:case-summary:g3', '5', 5),
              ('dispatcher', '9', 9)`,
    );
    await run('up');
    expect(
      await names(`SELECT tablename AS name FROM pg_tables WHERE tablename LIKE 'rm\\_%'`),
    ).toEqual([]);
    expect(
      await names(`SELECT viewname AS name FROM pg_views WHERE schemaname = 'public'`),
    ).toEqual([]);
    expect(await names(`SELECT name FROM projection_status`)).toEqual([]);
    expect(await names(`SELECT subscription_id AS name FROM checkpoints`)).toEqual(['dispatcher']);
    expect(
      await names(`SELECT nspname AS name FROM pg_namespace WHERE nspname = 'read_models'`),
    ).toEqual(['read_models']);
  });
});
