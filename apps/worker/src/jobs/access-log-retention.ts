import type { SqlExecutor } from '@greenchain/event-store';

/** Rows removed per statement: short transactions, so no lock or snapshot is held for long. */
const chunkRows = 5_000;

/**
 * Removes the personal-data read log's entries older than `retentionDays` before `now`, a chunk at
 * a time; returns how many went. The log says who read whose personal fields: kept long enough to
 * answer a data subject or an inquiry, then it is personal data without a purpose.
 */
export async function removeExpiredAccessLog(
  executor: SqlExecutor,
  retentionDays: number,
  now: Date,
): Promise<number> {
  let removed = 0;
  for (;;) {
    const [row] = (await executor.query(
      `WITH expired AS (
         DELETE FROM personal_data_access_log
          WHERE id IN (SELECT id FROM personal_data_access_log
                        WHERE accessed_at < $1::timestamptz - make_interval(days => $2)
                        ORDER BY accessed_at LIMIT ${chunkRows})
          RETURNING 1)
       SELECT count(*)::int AS count FROM expired`,
      [now.toISOString(), retentionDays],
    )) as { count: number }[];
    const count = row?.count ?? 0;
    removed += count;
    if (count < chunkRows) return removed;
  }
}
