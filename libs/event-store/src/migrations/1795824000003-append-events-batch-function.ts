import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRoleName } from './1795824000002-append-only-events';

/**
 * `append_events_batch` is group commit: several independent appends in one transaction, so they share
 * one round trip and one WAL flush. Each append gets the same checks as `append_events` and its own
 * outcome row (in the order given) instead of an exception, so one append's conflict never fails another:
 * appended, replayed, conflict (new_version = the current version), reused, in_flight, or busy.
 *
 * The batch never waits for a lock. Command locks and stream locks are only tried, all before the first
 * write (so the transaction's xid comes after every stream lock it needs, as catch-up requires); an append
 * whose stream another transaction holds comes back busy, and the caller runs it alone with
 * `append_events`, which waits. A batch therefore cannot deadlock nor be held up by one hot stream or by
 * a caller's open transaction. Appends are processed in array order and read the stream head each time,
 * so two appends to one stream chain (or conflict) exactly as one after the other; a command id seen
 * earlier in the batch is found in processed_commands and replayed (or refused as reused).
 */
export class AppendEventsBatchFunction1795824000003 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION append_events_batch(p_appends jsonb)
      RETURNS TABLE (outcome text, new_version bigint, new_positions bigint[])
      LANGUAGE plpgsql AS $$
      DECLARE
        v_count integer := jsonb_array_length(p_appends);
        v_skip text[] := '{}';
        v_append jsonb;
        v_command uuid;
        v_stream text;
        v_request_hash bytea;
        v_version bigint;
        v_hash bytea;
        v_prev bytea[];
        v_hashes bytea[];
        v_positions bigint[];
        v_done processed_commands%ROWTYPE;
      BEGIN
        FOR i IN 1 .. v_count LOOP
          v_command := (p_appends -> (i - 1) ->> 'commandId')::uuid;
          IF v_command IS NOT NULL
             AND NOT pg_try_advisory_xact_lock(hashtextextended(v_command::text, 1)) THEN
            v_skip[i] := 'in_flight';
          END IF;
        END LOOP;
        -- Same key as lock_stream; no write has happened yet, so its order check is not needed.
        FOR i IN 1 .. v_count LOOP
          IF v_skip[i] IS NULL AND NOT pg_try_advisory_xact_lock(
               hashtextextended(p_appends -> (i - 1) ->> 'streamId', 0)) THEN
            v_skip[i] := 'busy';
          END IF;
        END LOOP;

        FOR i IN 1 .. v_count LOOP
          new_version := NULL;
          new_positions := NULL;
          outcome := v_skip[i];
          IF outcome IS NOT NULL THEN
            RETURN NEXT;
            CONTINUE;
          END IF;
          v_append := p_appends -> (i - 1);
          v_stream := v_append ->> 'streamId';
          v_command := (v_append ->> 'commandId')::uuid;
          v_request_hash := decode(v_append ->> 'requestHash', 'hex');

          IF v_command IS NOT NULL THEN
            SELECT * INTO v_done FROM processed_commands c WHERE c.command_id = v_command;
            IF FOUND THEN
              outcome := CASE WHEN v_done.request_hash = v_request_hash THEN 'replayed' ELSE 'reused' END;
              new_version := v_done.stream_version;
              new_positions := v_done.global_positions;
              RETURN NEXT;
              CONTINUE;
            END IF;
          END IF;

          SELECT s.version, s.last_hash INTO v_version, v_hash FROM streams s WHERE s.stream_id = v_stream;
          v_version := coalesce(v_version, 0);
          IF v_version <> (v_append ->> 'expectedVersion')::bigint THEN
            outcome := 'conflict';
            new_version := v_version;
            RETURN NEXT;
            CONTINUE;
          END IF;

          v_prev := '{}';
          v_hashes := '{}';
          FOR j IN 1 .. jsonb_array_length(v_append -> 'events') LOOP
            v_prev[j] := v_hash;
            v_hash := sha256(coalesce(v_hash, ''::bytea)
                             || decode(v_append -> 'events' -> (j - 1) ->> 'digest', 'hex'));
            v_hashes[j] := v_hash;
          END LOOP;

          WITH inserted AS (
            INSERT INTO events (stream_id, stream_type, stream_position, event_id, event_type, schema_version,
                                data, metadata, correlation_id, causation_id, command_id, prev_hash, hash)
            SELECT v_stream, v_append ->> 'streamType', v_version + e.ord, (e.value ->> 'id')::uuid,
                   e.value ->> 'type', (e.value ->> 'schemaVersion')::integer, e.value -> 'data',
                   e.value -> 'metadata', (v_append ->> 'correlationId')::uuid,
                   (v_append ->> 'causationId')::uuid, v_command, v_prev[e.ord], v_hashes[e.ord]
              FROM jsonb_array_elements(v_append -> 'events') WITH ORDINALITY AS e(value, ord)
            RETURNING global_position
          )
          SELECT array_agg(global_position ORDER BY global_position) INTO v_positions FROM inserted;
          new_version := v_version + cardinality(v_positions);
          new_positions := v_positions;

          IF v_version = 0 THEN
            INSERT INTO streams (stream_id, stream_type, version, last_hash)
            VALUES (v_stream, v_append ->> 'streamType', new_version, v_hash);
          ELSE
            UPDATE streams s SET version = new_version, last_hash = v_hash, updated_at = now()
             WHERE s.stream_id = v_stream;
          END IF;

          IF v_command IS NOT NULL THEN
            INSERT INTO processed_commands (command_id, stream_id, request_hash, stream_version, global_positions)
            VALUES (v_command, v_stream, v_request_hash, new_version, v_positions);
          END IF;

          outcome := 'appended';
          RETURN NEXT;
        END LOOP;
      END $$`);
    await queryRunner.query(
      `GRANT EXECUTE ON FUNCTION append_events_batch(jsonb) TO ${appRoleName}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION append_events_batch(jsonb)`);
  }
}
