import type { SqlExecutor } from '@greenchain/event-store';

/**
 * Removes resumable upload sessions past their expiry, with the ranges they received (a cascade);
 * returns how many went. A completed session's bytes are in document storage already: only its
 * row goes, after which completing it again answers 404.
 */
export async function sweepExpiredUploadSessions(executor: SqlExecutor, now: Date) {
  const [row] = (await executor.query(
    `WITH removed AS (
       DELETE FROM document_upload_sessions WHERE expires_at <= $1 RETURNING 1)
     SELECT count(*)::int AS sessions FROM removed`,
    [now.toISOString()],
  )) as { sessions: number }[];
  return row?.sessions ?? 0;
}
