import type { SqlExecutor } from '@greenchain/event-store';

/** Uploads swept per statement: short transactions, so no lock is held for long. */
const uploadsPerStatement = 100;

/**
 * Removes the chunks of uploads that never became a blob (the process was killed or the
 * connection lost before the file's row was written) once their last chunk is older than
 * `graceHours` before `now`; returns how many chunks went. An upload still streaming writes a
 * chunk every 256 KiB, so a grace of hours never reaches it; a stored blob's chunks are never
 * touched, whatever their age.
 */
export async function sweepInterruptedUploads(
  executor: SqlExecutor,
  graceHours: number,
  now: Date,
): Promise<number> {
  let removed = 0;
  for (;;) {
    // A SELECT around the DELETE: TypeORM answers a bare DELETE … RETURNING in another shape.
    const [row] = (await executor.query(
      `WITH abandoned AS (
         SELECT c.upload_id
           FROM document_chunks c
          WHERE NOT EXISTS (SELECT 1 FROM document_blobs b
                             WHERE b.backend = 'postgres' AND b.location = c.upload_id::text)
          GROUP BY c.upload_id
         HAVING max(c.written_at) < $1::timestamptz - make_interval(hours => $2)
          LIMIT $3),
       removed AS (
         DELETE FROM document_chunks c
          USING abandoned a
          WHERE c.upload_id = a.upload_id
         RETURNING c.upload_id)
       SELECT count(*)::int AS chunks, count(DISTINCT upload_id)::int AS uploads FROM removed`,
      [now.toISOString(), graceHours, uploadsPerStatement],
    )) as { chunks: number; uploads: number }[];
    removed += row?.chunks ?? 0;
    const uploads = row?.uploads ?? 0;
    if (uploads < uploadsPerStatement) return removed;
  }
}
