import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRoleName } from './1795824000002-append-only-events';

/**
 * `append_single_events_batch` is the set-based form of `append_events_batch` for the commonest batch:
 * single-event appends, each to another stream and with another command id (or none). Those appends
 * cannot affect one another, so the batch needs one statement for its locks and one for everything else
 * (all heads and command records read at once, all events inserted at once), where the loop pays three
 * to five statements per append. In psql with synchronous_commit off it cost the server a third to a
 * half less per append from 8 to 32 appends per batch, about 15% less at 4, and more at 1 or 2 (a larger
 * plan to start), which is why the client sends only batches of 4 or more here (see batchStatement).
 *
 * Outcomes, their order and the lock rules are those of `append_events_batch`: every command lock and
 * stream lock is only tried, all in the first statement, before any write. A batch that breaks the
 * preconditions cannot corrupt anything: several events in one append are refused (GCB01), and two
 * appends to one stream or with one command id violate a primary key, so the statement fails and the
 * client runs each append alone. The plan is forced generic: a custom plan for this statement would
 * cost more to make than to run.
 */
export class AppendSingleEventsBatchFunction1795824000004 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION append_single_events_batch(p_appends jsonb)
      RETURNS TABLE (outcome text, new_version bigint, new_positions bigint[])
      LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
      DECLARE
        v_skip text[];
        v_single boolean;
      BEGIN
        SELECT array_agg(CASE
                 WHEN a.command_id IS NOT NULL
                      AND NOT pg_try_advisory_xact_lock(hashtextextended(a.command_id::text, 1)) THEN 'in_flight'
                 WHEN NOT pg_try_advisory_xact_lock(hashtextextended(a.stream_id, 0)) THEN 'busy' END
               ORDER BY a.ord),
               bool_and(jsonb_array_length(a.events) = 1)
          INTO v_skip, v_single
          FROM ROWS FROM (jsonb_to_recordset(p_appends) AS ("streamId" text, "commandId" uuid, events jsonb))
               WITH ORDINALITY AS a(stream_id, command_id, events, ord);
        IF NOT v_single THEN
          RAISE EXCEPTION 'append_single_events_batch takes one event per append' USING ERRCODE = 'GCB01';
        END IF;

        RETURN QUERY
        WITH a AS MATERIALIZED (
          SELECT a.*, v_skip[a.ord] AS skip, a.events -> 0 AS event, s.version AS head, s.last_hash,
                 d.request_hash AS done_hash, d.stream_version AS done_version,
                 d.global_positions AS done_positions
            FROM ROWS FROM (jsonb_to_recordset(p_appends) AS ("streamId" text, "streamType" text,
                   "expectedVersion" bigint, "correlationId" uuid, "causationId" uuid, "commandId" uuid,
                   "requestHash" text, events jsonb))
                 WITH ORDINALITY AS a(stream_id, stream_type, expected_version, correlation_id, causation_id,
                                      command_id, request_hash, events, ord)
            -- OFFSET 0 keeps each lookup a primary-key probe per append: the generic plan cannot know the
            -- tables' sizes, and a hash join would scan all of processed_commands.
            LEFT JOIN LATERAL (SELECT * FROM processed_commands c WHERE c.command_id = a.command_id OFFSET 0) d
                   ON true
            LEFT JOIN LATERAL (SELECT * FROM streams h WHERE h.stream_id = a.stream_id OFFSET 0) s ON true
        ), accepted AS MATERIALIZED (
          SELECT a.*, sha256(coalesce(a.last_hash, ''::bytea) || decode(a.event ->> 'digest', 'hex')) AS hash
            FROM a
           WHERE a.skip IS NULL AND a.done_hash IS NULL AND coalesce(a.head, 0) = a.expected_version
        ), inserted AS (
          INSERT INTO events (stream_id, stream_type, stream_position, event_id, event_type, schema_version,
                              data, metadata, correlation_id, causation_id, command_id, prev_hash, hash)
          SELECT x.stream_id, x.stream_type, x.expected_version + 1, (x.event ->> 'id')::uuid,
                 x.event ->> 'type', (x.event ->> 'schemaVersion')::integer, x.event -> 'data',
                 x.event -> 'metadata', x.correlation_id, x.causation_id, x.command_id, x.last_hash, x.hash
            FROM accepted x
          RETURNING events.stream_id, events.global_position
        ), updated_heads AS (
          UPDATE streams s SET version = x.expected_version + 1, last_hash = x.hash, updated_at = now()
            FROM accepted x
           WHERE x.head IS NOT NULL AND s.stream_id = x.stream_id
        ), new_heads AS (
          INSERT INTO streams (stream_id, stream_type, version, last_hash)
          SELECT x.stream_id, x.stream_type, 1, x.hash FROM accepted x WHERE x.head IS NULL
        ), commands AS (
          INSERT INTO processed_commands (command_id, stream_id, request_hash, stream_version, global_positions)
          SELECT x.command_id, x.stream_id, decode(x.request_hash, 'hex'), x.expected_version + 1,
                 ARRAY[i.global_position]
            FROM accepted x JOIN inserted i ON i.stream_id = x.stream_id
           WHERE x.command_id IS NOT NULL
        )
        SELECT CASE WHEN a.skip IS NOT NULL THEN a.skip
                    WHEN a.done_hash IS NULL THEN
                      CASE WHEN i.global_position IS NOT NULL THEN 'appended' ELSE 'conflict' END
                    WHEN a.done_hash = decode(a.request_hash, 'hex') THEN 'replayed'
                    ELSE 'reused' END,
               CASE WHEN a.skip IS NOT NULL THEN NULL
                    WHEN a.done_hash IS NOT NULL THEN a.done_version
                    WHEN i.global_position IS NOT NULL THEN a.expected_version + 1
                    ELSE coalesce(a.head, 0) END,
               CASE WHEN a.skip IS NOT NULL THEN NULL
                    WHEN a.done_hash IS NOT NULL THEN a.done_positions
                    WHEN i.global_position IS NOT NULL THEN ARRAY[i.global_position] END
          FROM a LEFT JOIN inserted i ON a.skip IS NULL AND a.done_hash IS NULL AND i.stream_id = a.stream_id
         ORDER BY a.ord;
      END $$`);
    await queryRunner.query(
      `GRANT EXECUTE ON FUNCTION append_single_events_batch(jsonb) TO ${appRoleName}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION append_single_events_batch(jsonb)`);
  }
}
