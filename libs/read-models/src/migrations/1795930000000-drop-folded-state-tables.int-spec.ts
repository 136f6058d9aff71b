import { readModelDatabase, type ReadModelFixture } from '../test-support/read-model-fixture';
import { DropFoldedStateTables1795930000000 } from './1795930000000-drop-folded-state-tables';

describe('migration: drop the folded state tables', () => {
  let fixture: ReadModelFixture;
  const migration = new DropFoldedStateTables1795930000000();

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_drop_states');
  });
  afterAll(() => fixture?.database.drop());

  const tables = async () =>
    (
      await fixture.database.dataSource.query<{ tablename: string }[]>(
        `SELECT tablename FROM pg_tables WHERE tablename LIKE 'rm\\_%' ORDER BY tablename`,
      )
    ).map((row) => row.tablename);

  it('drops the state tables of every generation and nothing else', async () => {
    const { dataSource } = fixture.database;
    for (const table of [
      'rm_case_summary_g2',
      'rm_case_summary_state_g2',
      'rm_case_summary_state_g3',
      'rm_evidence_custody_state_g1',
      'rm_case_timeline_evidence_cases_g1',
      'rm_other_state_g1',
    ]) {
      await dataSource.query(`CREATE TABLE ${table} (id int)`);
    }
    const runner = dataSource.createQueryRunner();
    try {
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await tables()).toEqual(['rm_case_summary_g2', 'rm_other_state_g1']);
  });

  it('going down makes the earlier code rebuild those projections and abandons a build', async () => {
    const { dataSource } = fixture.database;
    await dataSource.query(
      `INSERT INTO projection_status (name, status, version, generation, building_generation, building_version)
       VALUES ('case-summary', 'rebuilding', 2, 2, 3, 2), ('other', 'active', 1, 1, NULL, NULL)`,
    );
    await dataSource.query(
      `INSERT INTO checkpoints (subscription_id, transaction_id, global_position)
       VALUES ('projection:case-summary:g3', '5', 5), ('projection:case-summary:g2', '9', 9)`,
    );
    const runner = dataSource.createQueryRunner();
    try {
      await migration.down(runner);
    } finally {
      await runner.release();
    }
    expect(
      await dataSource.query(
        `SELECT name, status, version, building_generation FROM projection_status ORDER BY name`,
      ),
    ).toEqual([
      { name: 'case-summary', status: 'active', version: 0, building_generation: null },
      { name: 'other', status: 'active', version: 1, building_generation: null },
    ]);
    expect(
      await dataSource.query(
        `SELECT subscription_id FROM checkpoints WHERE subscription_id LIKE 'projection:%'`,
      ),
    ).toEqual([{ subscription_id: 'projection:case-summary:g2' }]);
  });
});
