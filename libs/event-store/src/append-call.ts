import type { DataSource, QueryRunner } from 'typeorm';
import { mapAppendError } from './errors/map-database-error';
import { queryPooled, queryRows } from './sql-executor';

/** One event as `append_events` takes it: stored data, and the digest its hash chains. */
export interface EventPayload {
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: unknown;
  /** Hex SHA-256 of the event's canonical JSON (see eventDigest). */
  readonly digest: string;
}

/** One append ready for SQL: personal values encrypted, digests computed, ids in lower case. */
export interface AppendCall {
  readonly streamId: string;
  readonly streamType: string;
  readonly expectedVersion: number;
  readonly events: readonly EventPayload[];
  readonly correlationId: string | null;
  readonly causationId: string | null;
  readonly commandId: string | null;
  readonly requestHash: Buffer | null;
}

export interface AppendResult {
  /** The stream's version after the append (the new ETag). */
  readonly streamVersion: number;
  /** Global positions of the appended events, in stream order. */
  readonly globalPositions: readonly number[];
  /** True when the command id had already been processed and nothing was appended. */
  readonly replayed: boolean;
}

interface AppendRow {
  new_version: string;
  positions: string[];
  replayed: boolean;
}

const appendSql = `SELECT new_version, positions, replayed
  FROM append_events($1, $2, $3, $4, $5, $6, $7, $8)`;

/**
 * Runs one append on its own with `append_events`, which waits for the stream lock and raises typed
 * errors: inside the caller's transaction, or on a pooled connection when a batch could not take it.
 */
export async function appendAlone(
  call: AppendCall,
  dataSource: DataSource,
  transaction?: QueryRunner,
): Promise<AppendResult> {
  const parameters = [
    call.streamId,
    call.streamType,
    call.expectedVersion,
    JSON.stringify(call.events),
    call.correlationId,
    call.causationId,
    call.commandId,
    call.requestHash,
  ];
  try {
    const [row] = transaction
      ? await queryRows<AppendRow>(transaction, appendSql, parameters)
      : await queryPooled<AppendRow>(dataSource, appendSql, parameters);
    if (!row) throw new Error('append_events returned no row');
    return {
      streamVersion: Number(row.new_version),
      globalPositions: row.positions.map(Number),
      replayed: row.replayed,
    };
  } catch (error) {
    throw mapAppendError(error, call);
  }
}
