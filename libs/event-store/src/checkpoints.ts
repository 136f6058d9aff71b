import { initialCheckpoint, type Checkpoint } from './catch-up-reader';
import { queryRows, type SqlExecutor } from './sql-executor';

interface CheckpointRow {
  transaction_id: string;
  global_position: string;
}

/** A subscriber's stored checkpoint, or the initial one. Call it in the batch's transaction. */
export async function loadCheckpoint(
  transaction: SqlExecutor,
  subscriptionId: string,
): Promise<Checkpoint> {
  const [row] = await queryRows<CheckpointRow>(
    transaction,
    `SELECT transaction_id, global_position FROM checkpoints WHERE subscription_id = $1`,
    [subscriptionId],
  );
  return row
    ? { transactionId: row.transaction_id, globalPosition: Number(row.global_position) }
    : initialCheckpoint;
}

/** The first save creates the row; a stored row is never at the initial checkpoint. */
const insertFirstSql = `INSERT INTO checkpoints (subscription_id, transaction_id, global_position)
  VALUES ($1, $2::xid8, $3::bigint) ON CONFLICT (subscription_id) DO NOTHING
  RETURNING subscription_id`;

/** In a CTE because TypeORM answers a bare UPDATE … RETURNING with [rows, count], not rows. */
const moveSql = `WITH moved AS (
    UPDATE checkpoints SET transaction_id = $2::xid8, global_position = $3::bigint, updated_at = now()
    WHERE subscription_id = $1 AND transaction_id = $4::xid8 AND global_position = $5::bigint
    RETURNING subscription_id)
  SELECT subscription_id FROM moved`;

/**
 * Compare-and-set: moves the checkpoint from `expected` to `next` in the caller's transaction, so the
 * read model's changes and the checkpoint commit together. False means another runner moved it
 * first: roll back.
 */
export async function saveCheckpoint(
  transaction: SqlExecutor,
  subscriptionId: string,
  expected: Checkpoint,
  next: Checkpoint,
): Promise<boolean> {
  const isFirst =
    expected.transactionId === initialCheckpoint.transactionId &&
    expected.globalPosition === initialCheckpoint.globalPosition;
  const moving = [subscriptionId, next.transactionId, next.globalPosition];
  const rows = await queryRows<{ subscription_id: string }>(
    transaction,
    isFirst ? insertFirstSql : moveSql,
    isFirst ? moving : [...moving, expected.transactionId, expected.globalPosition],
  );
  return rows.length > 0;
}
