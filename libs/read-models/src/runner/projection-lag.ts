import type { SqlExecutor } from '@greenchain/event-store';
import { statusColumns, toStatusRecord, type ProjectionStatusRecord } from './projection-status';

/** Counting stops here so a projection far behind (a rebuild of millions) costs little to report. */
export const behindCountCap = 100_000;

export interface ProjectionLag extends ProjectionStatusRecord {
  /** Age of the oldest committed event the active generation has not applied; 0 when caught up. */
  readonly lagMs: number;
  /**
   * Committed events after the active generation's checkpoint, counted up to behindCountCap. It
   * includes events a catch-up read cannot take yet because an older transaction is still open.
   */
  readonly behindEvents: number;
}

/**
 * Status and lag of every projection in one statement, for health, metrics and the admin console.
 * The active generation's checkpoint id is rebuilt in SQL the way checkpointId() writes it.
 */
export async function projectionLags(executor: SqlExecutor): Promise<ProjectionLag[]> {
  const rows = (await executor.query(
    `SELECT ${statusColumns
      .split(',')
      .map((column) => `s.${column.trim()}`)
      .join(', ')},
       coalesce((
         SELECT extract(epoch FROM now() - e.recorded_at) * 1000
           FROM events e
          WHERE (e.transaction_id, e.global_position)
                > (coalesce(c.transaction_id, '0'::xid8), coalesce(c.global_position, 0))
            AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
          ORDER BY e.transaction_id, e.global_position
          LIMIT 1), 0)::float8 AS lag_ms,
       (SELECT count(*) FROM (
          SELECT 1 FROM events e
           WHERE (e.transaction_id, e.global_position)
                 > (coalesce(c.transaction_id, '0'::xid8), coalesce(c.global_position, 0))
           LIMIT ${behindCountCap}) behind_events)::int AS behind
     FROM projection_status s
     LEFT JOIN checkpoints c ON c.subscription_id = 'projection:' || s.name || ':g' || s.generation
     ORDER BY s.name`,
  )) as (Parameters<typeof toStatusRecord>[0] & { lag_ms: number; behind: string })[];
  return rows.map((row) => ({
    ...toStatusRecord(row),
    lagMs: Math.max(0, row.lag_ms),
    behindEvents: Number(row.behind),
  }));
}
