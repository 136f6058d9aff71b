import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The role the application should run as (`SET ROLE` or a login role that is a member of it). */
export const appRoleName = 'greenchain_app';

/**
 * Events are never rewritten: a trigger refuses UPDATE, DELETE and TRUNCATE, and the application role
 * may only INSERT and SELECT them. Roles are cluster-wide and several databases share a test server, so
 * the role is created only if missing, tolerating a concurrent creator.
 */
export class AppendOnlyEvents1795824000002 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION refuse_event_change() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'events are append-only: % refused', TG_OP USING ERRCODE = 'GCA01';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
      FOR EACH ROW EXECUTE FUNCTION refuse_event_change()`);
    await queryRunner.query(`
      CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_change()`);
    await queryRunner.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${appRoleName}') THEN
          CREATE ROLE ${appRoleName} NOLOGIN;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
      END $$`);
    await queryRunner.query(`GRANT SELECT, INSERT ON events TO ${appRoleName}`);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE ON streams, processed_commands, checkpoints, subject_keys TO ${appRoleName}`,
    );
    await queryRunner.query(`GRANT USAGE ON SEQUENCE events_global_position_seq TO ${appRoleName}`);
    await queryRunner.query(
      `GRANT EXECUTE ON FUNCTION lock_stream(text), append_events(text, text, bigint, jsonb, uuid, uuid, uuid, bytea) TO ${appRoleName}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `REVOKE ALL ON events, streams, processed_commands, checkpoints, subject_keys FROM ${appRoleName}`,
    );
    await queryRunner.query(
      `REVOKE ALL ON SEQUENCE events_global_position_seq FROM ${appRoleName}`,
    );
    await queryRunner.query(`DROP TRIGGER events_no_truncate ON events`);
    await queryRunner.query(`DROP TRIGGER events_append_only ON events`);
    await queryRunner.query(`DROP FUNCTION refuse_event_change()`);
  }
}
