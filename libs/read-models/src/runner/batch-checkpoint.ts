import { initialCheckpoint, saveCheckpoint, type Checkpoint } from '@greenchain/event-store';
import type { SqlExecutor } from '@greenchain/event-store';

export interface BatchCheckpoint {
  readonly subscription: string;
  readonly expected: Checkpoint;
  readonly next: Checkpoint;
  /** Set for the active generation, whose position projection_status reports. */
  readonly statusOf?: string;
}

/**
 * The event store's compare-and-set of a checkpoint, with the status's last position moved in the
 * same statement: one round trip a batch instead of two. The status moves only if the checkpoint
 * did. In a CTE, as TypeORM answers a bare UPDATE … RETURNING with [rows, count].
 */
const moveSql = `WITH moved AS (
    UPDATE checkpoints SET transaction_id = $2::xid8, global_position = $3::bigint, updated_at = now()
     WHERE subscription_id = $1 AND transaction_id = $4::xid8 AND global_position = $5::bigint
    RETURNING subscription_id),
  status AS (
    UPDATE projection_status SET last_position = $3::bigint, updated_at = now()
     WHERE name = $6 AND EXISTS (SELECT 1 FROM moved))
  SELECT subscription_id FROM moved`;

/** False when another runner moved the checkpoint first: the caller rolls back. */
export async function saveBatchCheckpoint(
  executor: SqlExecutor,
  { subscription, expected, next, statusOf }: BatchCheckpoint,
): Promise<boolean> {
  const isFirst =
    expected.transactionId === initialCheckpoint.transactionId &&
    expected.globalPosition === initialCheckpoint.globalPosition;
  if (isFirst) {
    // Once per generation: the store's insert of the first checkpoint, then the status.
    if (!(await saveCheckpoint(executor, subscription, expected, next))) return false;
    if (statusOf !== undefined) {
      await executor.query(
        `UPDATE projection_status SET last_position = $2, updated_at = now() WHERE name = $1`,
        [statusOf, next.globalPosition],
      );
    }
    return true;
  }
  const rows = (await executor.query(moveSql, [
    subscription,
    next.transactionId,
    next.globalPosition,
    expected.transactionId,
    expected.globalPosition,
    statusOf ?? null,
  ])) as unknown[];
  return rows.length > 0;
}
