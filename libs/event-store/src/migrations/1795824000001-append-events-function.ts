import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `append_events` does a whole append in one round trip, which is what bounds throughput.
 *
 * Order matters: the command's in-flight check and the stream lock come before the first write, so the
 * transaction gets its xid only after it holds the stream lock (stream order = catch-up order). The
 * lock keys use different seeds for streams and commands so the two key spaces do not collide.
 * Error codes: GCV01 version conflict (DETAIL = current version), GCI01 command id reused with another
 * payload, GCI02 command in flight, GCL01 stream lock requested after the transaction's first write.
 */
export class AppendEventsFunction1795824000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION lock_stream(p_stream_id text) RETURNS void
      LANGUAGE plpgsql AS $$
      DECLARE
        v_key bigint := hashtextextended(p_stream_id, 0);
      BEGIN
        IF pg_current_xact_id_if_assigned() IS NOT NULL AND NOT EXISTS (
          SELECT 1 FROM pg_locks
           WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted AND objsubid = 1
             AND classid = ((v_key >> 32) & 4294967295)::oid AND objid = (v_key & 4294967295)::oid
        ) THEN
          RAISE EXCEPTION 'stream % must be locked before the transaction''s first write', p_stream_id
            USING ERRCODE = 'GCL01';
        END IF;
        PERFORM pg_advisory_xact_lock(v_key);
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION append_events(
        p_stream_id text,
        p_stream_type text,
        p_expected_version bigint,
        p_events jsonb,
        p_correlation_id uuid,
        p_causation_id uuid,
        p_command_id uuid,
        p_request_hash bytea
      ) RETURNS TABLE (new_version bigint, positions bigint[], replayed boolean)
      LANGUAGE plpgsql AS $$
      DECLARE
        v_version bigint;
        v_hash bytea;
        v_prev bytea[] := '{}';
        v_hashes bytea[] := '{}';
        v_positions bigint[];
        v_done processed_commands%ROWTYPE;
      BEGIN
        IF p_command_id IS NOT NULL THEN
          IF NOT pg_try_advisory_xact_lock(hashtextextended(p_command_id::text, 1)) THEN
            RAISE EXCEPTION 'command % is in flight', p_command_id USING ERRCODE = 'GCI02';
          END IF;
          SELECT * INTO v_done FROM processed_commands c WHERE c.command_id = p_command_id;
          IF FOUND THEN
            IF v_done.request_hash <> p_request_hash THEN
              RAISE EXCEPTION 'command % was already used with another payload', p_command_id
                USING ERRCODE = 'GCI01';
            END IF;
            RETURN QUERY SELECT v_done.stream_version, v_done.global_positions, true;
            RETURN;
          END IF;
        END IF;

        PERFORM lock_stream(p_stream_id);
        SELECT s.version, s.last_hash INTO v_version, v_hash FROM streams s WHERE s.stream_id = p_stream_id;
        v_version := coalesce(v_version, 0);
        IF v_version <> p_expected_version THEN
          RAISE EXCEPTION 'stream % is at version %, expected %', p_stream_id, v_version, p_expected_version
            USING ERRCODE = 'GCV01', DETAIL = v_version::text;
        END IF;

        FOR i IN 1 .. jsonb_array_length(p_events) LOOP
          v_prev[i] := v_hash;
          v_hash := sha256(coalesce(v_hash, ''::bytea) || decode(p_events -> (i - 1) ->> 'digest', 'hex'));
          v_hashes[i] := v_hash;
        END LOOP;

        WITH inserted AS (
          INSERT INTO events (stream_id, stream_type, stream_position, event_id, event_type, schema_version,
                              data, metadata, correlation_id, causation_id, command_id, prev_hash, hash)
          SELECT p_stream_id, p_stream_type, v_version + e.ord, (e.value ->> 'id')::uuid, e.value ->> 'type',
                 (e.value ->> 'schemaVersion')::integer, e.value -> 'data', e.value -> 'metadata',
                 p_correlation_id, p_causation_id, p_command_id, v_prev[e.ord], v_hashes[e.ord]
            FROM jsonb_array_elements(p_events) WITH ORDINALITY AS e(value, ord)
          RETURNING global_position
        )
        SELECT array_agg(global_position ORDER BY global_position) INTO v_positions FROM inserted;

        IF v_version = 0 THEN
          INSERT INTO streams (stream_id, stream_type, version, last_hash)
          VALUES (p_stream_id, p_stream_type, cardinality(v_positions), v_hash);
        ELSE
          UPDATE streams s SET version = v_version + cardinality(v_positions), last_hash = v_hash,
                               updated_at = now()
           WHERE s.stream_id = p_stream_id;
        END IF;

        IF p_command_id IS NOT NULL THEN
          INSERT INTO processed_commands (command_id, stream_id, request_hash, stream_version, global_positions)
          VALUES (p_command_id, p_stream_id, p_request_hash, v_version + cardinality(v_positions), v_positions);
        END IF;

        RETURN QUERY SELECT v_version + cardinality(v_positions), v_positions, false;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP FUNCTION append_events(text, text, bigint, jsonb, uuid, uuid, uuid, bytea)`,
    );
    await queryRunner.query(`DROP FUNCTION lock_stream(text)`);
  }
}
