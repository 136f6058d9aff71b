import type { EventDecoder, PersonalDataMode } from './event-decoder';
import { eventColumns, type EventRow, type RecordedEvent } from './recorded-event';
import { queryRows, type SqlExecutor } from './sql-executor';

/** Where a subscriber stands: the (transaction id, global position) of the last event it handled. */
export interface Checkpoint {
  /** xid8 as a decimal string. */
  readonly transactionId: string;
  readonly globalPosition: number;
}

export const initialCheckpoint: Checkpoint = Object.freeze({
  transactionId: '0',
  globalPosition: 0,
});

export interface ReadAllOptions {
  readonly after?: Checkpoint;
  /** Defaults to 1,000. */
  readonly limit?: number;
  /** Defaults to 'redact': subscribers feed read models, which must not hold personal values. */
  readonly personalData?: PersonalDataMode;
  /** Read inside this transaction (READ COMMITTED, so each poll sees a fresh snapshot). */
  readonly executor?: SqlExecutor;
}

export interface ReadAllBatch {
  readonly events: readonly RecordedEvent[];
  /** The checkpoint after this batch; unchanged when the batch is empty. */
  readonly checkpoint: Checkpoint;
}

/**
 * Only transactions below the snapshot's xmin are read: every one of them has finished, and anything
 * that can still commit has a larger xid, so it sorts after the returned checkpoint. A slow
 * transaction therefore delays subscribers but is never skipped.
 */
const catchUpSql = `SELECT ${eventColumns} FROM events
  WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
    AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
  ORDER BY transaction_id, global_position
  LIMIT $3`;

export async function readAllEvents(
  executor: SqlExecutor,
  decoder: EventDecoder,
  options: ReadAllOptions,
): Promise<ReadAllBatch> {
  const after = options.after ?? initialCheckpoint;
  const rows = await queryRows<EventRow>(executor, catchUpSql, [
    after.transactionId,
    after.globalPosition,
    options.limit ?? 1000,
  ]);
  const events = await decoder.decode(executor, rows, options.personalData ?? 'redact');
  const last = events.at(-1);
  const checkpoint = last
    ? { transactionId: last.transactionId, globalPosition: last.globalPosition }
    : after;
  return { events, checkpoint };
}
