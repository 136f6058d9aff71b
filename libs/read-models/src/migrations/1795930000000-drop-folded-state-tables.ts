import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The projections that kept state of each stream in a table `rm_<table>_g<n>`, by table. */
const foldingProjections: Readonly<Record<string, string>> = {
  case_summary_state: 'case-summary',
  stage_transitions_state: 'stage-transitions',
  defendants_state: 'defendants',
  stage_deadlines_state: 'stage-deadlines',
  case_money_state: 'case-money',
  evidence_custody_state: 'evidence-custody',
  // The case of each evidence stream, now taken from the stream's folded state.
  case_timeline_evidence_cases: 'case-timeline',
};

/**
 * Projections no longer store folded stream states: the state before a batch is folded from the
 * log (StreamStates, ADR 0003). Their read-model tables keep their shape and rows, so no rebuild is
 * needed; the state tables of every generation (the runner created them, so no earlier migration
 * names them) are dropped. Run it with the code that no longer reads them.
 */
export class DropFoldedStateTables1795930000000 implements MigrationInterface {
  name = 'DropFoldedStateTables1795930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const tables = (await queryRunner.query(
      `SELECT tablename FROM pg_tables
        WHERE schemaname = current_schema() AND tablename ~ $1`,
      [`^rm_(${Object.keys(foldingProjections).join('|')})_g[0-9]+$`],
    )) as { tablename: string }[];
    for (const { tablename } of tables) await queryRunner.query(`DROP TABLE ${tablename}`);
  }

  /**
   * The states are gone, and the earlier code folds onto them: its runners must build those
   * projections again from the log. A version no code has makes them rebuild into new tables; a
   * build in progress is abandoned (its checkpoint deleted) so that it starts again from zero.
   */
  async down(queryRunner: QueryRunner): Promise<void> {
    const names = Object.values(foldingProjections);
    await queryRunner.query(
      `DELETE FROM checkpoints c USING projection_status s
        WHERE s.name = ANY($1::text[]) AND s.building_generation IS NOT NULL
          AND c.subscription_id = 'projection:' || s.name || ':g' || s.building_generation`,
      [names],
    );
    await queryRunner.query(
      `UPDATE projection_status
          SET version = 0, building_generation = NULL, building_version = NULL, status = 'active',
              updated_at = now()
        WHERE name = ANY($1::text[])`,
      [names],
    );
  }
}
