import type { SqlExecutor } from './sql-executor';

/**
 * Takes the transaction-scoped locks of several streams, in a fixed order so that two transactions
 * locking overlapping sets cannot deadlock. Call it before the transaction's first write when one
 * transaction appends to more than one stream (or writes anything before its append).
 */
export async function lockStreams(
  transaction: SqlExecutor,
  streamIds: readonly string[],
): Promise<void> {
  const ordered = [...new Set(streamIds)].sort();
  await transaction.query(`SELECT lock_stream(id) FROM unnest($1::text[]) AS id`, [ordered]);
}
