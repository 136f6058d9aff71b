import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where each projection stands. Its read-model tables are not created here: the runner creates one
 * generation of them per build (rm_<table>_g<n>) and points a view named after the table at the
 * active one, so a rebuild fills new tables while readers keep the old ones until the switch.
 */
export class ProjectionStatus1795900000000 implements MigrationInterface {
  name = 'ProjectionStatus1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE projection_status (
        name                text        PRIMARY KEY,
        status              text        NOT NULL CHECK (status IN ('active', 'rebuilding', 'failed')),
        version             integer     NOT NULL,
        generation          integer     NOT NULL,
        building_generation integer,
        building_version    integer,
        last_position       bigint      NOT NULL DEFAULT 0,
        failed_position     bigint,
        failed_event_id     uuid,
        failed_event_type   text,
        error               text,
        updated_at          timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE projection_status`);
  }
}
