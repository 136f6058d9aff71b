import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tables of the event store. `events` has no foreign key to `streams`: both rows are written by
 * `append_events` under the stream lock, and the check would cost every append a lookup.
 */
export class EventStoreSchema1795824000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE streams (
        stream_id   text        PRIMARY KEY,
        stream_type text        NOT NULL,
        version     bigint      NOT NULL CHECK (version > 0),
        last_hash   bytea       NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE SEQUENCE events_global_position_seq AS bigint`);
    await queryRunner.query(`
      CREATE TABLE events (
        global_position bigint      NOT NULL DEFAULT nextval('events_global_position_seq'),
        transaction_id  xid8        NOT NULL DEFAULT pg_current_xact_id(),
        stream_id       text        NOT NULL,
        stream_type     text        NOT NULL,
        stream_position bigint      NOT NULL CHECK (stream_position > 0),
        event_id        uuid        NOT NULL,
        event_type      text        NOT NULL,
        schema_version  integer     NOT NULL CHECK (schema_version > 0),
        data            jsonb       NOT NULL,
        metadata        jsonb       NOT NULL,
        correlation_id  uuid,
        causation_id    uuid,
        command_id      uuid,
        prev_hash       bytea,
        hash            bytea       NOT NULL,
        recorded_at     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (stream_id, stream_position)
      )`);
    await queryRunner.query(
      `ALTER SEQUENCE events_global_position_seq OWNED BY events.global_position`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX events_global_position_uq ON events (global_position)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX events_event_id_uq ON events (event_id)`);
    await queryRunner.query(
      `CREATE INDEX events_catch_up_idx ON events (transaction_id, global_position)`,
    );
    await queryRunner.query(`
      CREATE TABLE processed_commands (
        command_id       uuid        PRIMARY KEY,
        stream_id        text        NOT NULL,
        request_hash     bytea       NOT NULL,
        stream_version   bigint      NOT NULL,
        global_positions bigint[]    NOT NULL,
        created_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE checkpoints (
        subscription_id text        PRIMARY KEY,
        transaction_id  xid8        NOT NULL,
        global_position bigint      NOT NULL,
        updated_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE subject_keys (
        subject_id  text        PRIMARY KEY,
        wrapped_key bytea,
        created_at  timestamptz NOT NULL DEFAULT now(),
        erased_at   timestamptz,
        CHECK ((wrapped_key IS NULL) = (erased_at IS NOT NULL))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TABLE subject_keys, checkpoints, processed_commands, events, streams`,
    );
  }
}
