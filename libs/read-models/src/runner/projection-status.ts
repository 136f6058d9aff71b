import type { SqlExecutor } from '@greenchain/event-store';

export const projectionStates = ['active', 'rebuilding', 'failed'] as const;
export type ProjectionState = (typeof projectionStates)[number];

export interface FailedEvent {
  readonly globalPosition: number;
  readonly eventId: string;
  readonly eventType: string;
  readonly error: string;
}

/** A projection's row of projection_status. */
export interface ProjectionStatusRecord {
  readonly name: string;
  readonly status: ProjectionState;
  /** The version of the active generation's tables. */
  readonly version: number;
  readonly generation: number;
  /** Set while a rebuild fills new tables. */
  readonly buildingGeneration: number | null;
  readonly buildingVersion: number | null;
  /** Global position of the newest event the active generation has applied. */
  readonly lastPosition: number;
  readonly failedEvent: FailedEvent | null;
  readonly updatedAt: Date;
}

interface StatusRow {
  name: string;
  status: ProjectionState;
  version: number;
  generation: number;
  building_generation: number | null;
  building_version: number | null;
  last_position: string;
  failed_position: string | null;
  failed_event_id: string | null;
  failed_event_type: string | null;
  error: string | null;
  updated_at: Date;
}

/*
 * Statements that report changed rows are SELECTs over a data-modifying CTE: TypeORM returns
 * [rows, count] for a top-level UPDATE or DELETE, whose length says nothing.
 */

export const statusColumns = `name, status, version, generation, building_generation,
  building_version, last_position, failed_position, failed_event_id, failed_event_type, error,
  updated_at`;

export function toStatusRecord(row: StatusRow): ProjectionStatusRecord {
  return {
    name: row.name,
    status: row.status,
    version: row.version,
    generation: row.generation,
    buildingGeneration: row.building_generation,
    buildingVersion: row.building_version,
    lastPosition: Number(row.last_position),
    failedEvent:
      row.failed_position === null
        ? null
        : {
            globalPosition: Number(row.failed_position),
            eventId: row.failed_event_id ?? '',
            eventType: row.failed_event_type ?? '',
            error: row.error ?? '',
          },
    updatedAt: row.updated_at,
  };
}

export async function loadStatus(
  executor: SqlExecutor,
  name: string,
): Promise<ProjectionStatusRecord | undefined> {
  const rows = (await executor.query(
    `SELECT ${statusColumns} FROM projection_status WHERE name = $1`,
    [name],
  )) as StatusRow[];
  const [row] = rows;
  return row && toStatusRecord(row);
}

/**
 * The status, and whether the active generation has committed events to read: an idle poll then
 * costs this one statement instead of a transaction of five. The checkpoint id is rebuilt in SQL
 * the way checkpointId() writes it. The first pending event, in the catch-up index's order, rather
 * than EXISTS: the planner guesses that a third of the log lies after any checkpoint, so under
 * EXISTS it scanned the whole table for the first match (0.7 s a poll at a million events, none
 * pending); in index order it reads one index entry.
 */
export async function loadStatusForPoll(
  executor: SqlExecutor,
  name: string,
): Promise<{ status: ProjectionStatusRecord; activePending: boolean } | undefined> {
  const rows = (await executor.query(
    `SELECT ${statusColumns
      .split(',')
      .map((column) => `s.${column.trim()}`)
      .join(', ')},
       (SELECT e.global_position FROM events e
         WHERE (e.transaction_id, e.global_position)
               > (coalesce(c.transaction_id, '0'::xid8), coalesce(c.global_position, 0))
           AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
         ORDER BY e.transaction_id, e.global_position
         LIMIT 1) IS NOT NULL AS pending
     FROM projection_status s
     LEFT JOIN checkpoints c ON c.subscription_id = 'projection:' || s.name || ':g' || s.generation
     WHERE s.name = $1`,
    [name],
  )) as (StatusRow & { pending: boolean })[];
  const [row] = rows;
  return row && { status: toStatusRecord(row), activePending: row.pending };
}

export async function loadStatuses(executor: SqlExecutor): Promise<ProjectionStatusRecord[]> {
  const rows = (await executor.query(
    `SELECT ${statusColumns} FROM projection_status ORDER BY name`,
  )) as StatusRow[];
  return rows.map(toStatusRecord);
}

/**
 * Asks the leader to rebuild: it fills generation + 1 from zero and switches when caught up. A
 * plain UPDATE, so an admin endpoint in another process can call it; a running rebuild is kept.
 */
export async function requestRebuild(
  executor: SqlExecutor,
  name: string,
  version?: number,
): Promise<boolean> {
  const rows = (await executor.query(
    `WITH requested AS (
       UPDATE projection_status
          SET building_generation = coalesce(building_generation, generation + 1),
              building_version = coalesce(building_version, $2::int, version),
              status = CASE WHEN status = 'failed' THEN status ELSE 'rebuilding' END,
              updated_at = now()
        WHERE name = $1
        RETURNING name)
     SELECT name FROM requested`,
    [name, version ?? null],
  )) as unknown[];
  return rows.length > 0;
}

/** Clears a failure so the leader tries the failing event again (after a fix or a rebuild request). */
export async function resumeProjection(executor: SqlExecutor, name: string): Promise<boolean> {
  const rows = (await executor.query(
    `WITH resumed AS (
       UPDATE projection_status
          SET status = CASE WHEN building_generation IS NULL THEN 'active' ELSE 'rebuilding' END,
              failed_position = NULL, failed_event_id = NULL, failed_event_type = NULL,
              error = NULL, updated_at = now()
        WHERE name = $1 AND status = 'failed'
        RETURNING name)
     SELECT name FROM resumed`,
    [name],
  )) as unknown[];
  return rows.length > 0;
}
