import { queryRows, type SqlExecutor } from '../sql-executor';
import { UniqueKeyTakenError } from './unique-key-taken.error';
import type { UniqueKey } from './unique-key';

/**
 * Claims the keys for the stream inside the caller's transaction, so they commit or roll back with
 * its append. A concurrent claim of the same key waits for the other transaction: if it commits,
 * the key is taken; if it rolls back, the key is ours. A stream may claim its own key again.
 */
export async function claimUniqueKeys(
  transaction: SqlExecutor,
  keys: readonly UniqueKey[],
  streamId: string,
): Promise<void> {
  for (const { scope, key } of keys) {
    const [row] = await queryRows<{ stream_id: string }>(
      transaction,
      `INSERT INTO unique_keys (scope, key, stream_id) VALUES ($1, $2, $3)
       ON CONFLICT (scope, key) DO UPDATE SET scope = excluded.scope
       RETURNING stream_id`,
      [scope, key, streamId],
    );
    if (row && row.stream_id !== streamId) throw new UniqueKeyTakenError(scope, key, row.stream_id);
  }
}
