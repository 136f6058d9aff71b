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
    // The runtime role may not read or delete the log itself: the owner's function does it.
    const [row] = (await executor.query(
      `SELECT purge_personal_data_access_log(
                $1::timestamptz - make_interval(days => $2), $3) AS count`,
      [now.toISOString(), retentionDays, chunkRows],
    )) as { count: number }[];
    const count = row?.count ?? 0;
    removed += count;
    if (count < chunkRows) return removed;
  }
}
