import type { SqlExecutor } from '@greenchain/event-store';
import type { DataSource } from 'typeorm';
import type { DispatchedJob, JobHandler } from './job-handler';

interface DispatchRow {
  handler: string;
  event_id: string;
  global_position: string;
  stream_id: string;
  event_type: string;
}

const toJob = (row: DispatchRow): DispatchedJob => ({
  handler: row.handler,
  eventId: row.event_id,
  globalPosition: Number(row.global_position),
  streamId: row.stream_id,
  eventType: row.event_type,
});

/**
 * Pending dispatches never enqueued, or enqueued longer ago than `resendAfterMs` and still not done
 * (the queue lost them, or they wait in a retry backoff: re-adding with the same job id is a no-op
 * while BullMQ still holds the job).
 */
export async function duePendingJobs(
  executor: SqlExecutor,
  resendAfterMs: number,
  limit: number,
): Promise<DispatchedJob[]> {
  const rows = (await executor.query(
    `SELECT handler, event_id, global_position, stream_id, event_type FROM job_dispatches
      WHERE status = 'pending'
        AND (enqueued_at IS NULL OR enqueued_at < now() - make_interval(secs => $1::float8 / 1000))
      ORDER BY enqueued_at NULLS FIRST, global_position
      LIMIT $2`,
    [resendAfterMs, limit],
  )) as DispatchRow[];
  return rows.map(toJob);
}

export async function markEnqueued(
  executor: SqlExecutor,
  jobs: readonly DispatchedJob[],
): Promise<void> {
  if (jobs.length === 0) return;
  await executor.query(
    `UPDATE job_dispatches d SET enqueued_at = now()
       FROM unnest($1::text[], $2::uuid[]) AS j(handler, event_id)
      WHERE d.handler = j.handler AND d.event_id = j.event_id`,
    [jobs.map((job) => job.handler), jobs.map((job) => job.eventId)],
  );
}

export type JobOutcome = 'done' | 'duplicate';

/**
 * Runs a handler exactly once per (handler, event) as far as PostgreSQL is concerned: the inbox row
 * is claimed (pending -> done) in the handler's own transaction, so a duplicate delivery finds it
 * done and does nothing, and a failed handler leaves it pending for the retry.
 */
export async function runJob(
  dataSource: DataSource,
  handler: JobHandler,
  job: DispatchedJob,
): Promise<JobOutcome> {
  return dataSource.transaction(async (manager) => {
    // A SELECT over the UPDATE: TypeORM returns [rows, count] for a top-level UPDATE.
    const claimed = await manager.query<unknown[]>(
      `WITH claimed AS (
         UPDATE job_dispatches SET status = 'done', done_at = now()
          WHERE handler = $1 AND event_id = $2 AND status = 'pending'
          RETURNING event_id)
       SELECT event_id FROM claimed`,
      [handler.name, job.eventId],
    );
    if (claimed.length === 0) return 'duplicate';
    await handler.handle(job, manager);
    return 'done';
  });
}

/** A job out of retries: kept for admins, and no longer re-enqueued. */
export async function recordDeadLetter(
  executor: SqlExecutor,
  job: DispatchedJob,
  queueJobId: string,
  attempts: number,
  error: string,
): Promise<void> {
  await executor.query(
    `WITH dead AS (
       UPDATE job_dispatches SET status = 'dead'
        WHERE handler = $1 AND event_id = $2 AND status = 'pending')
     INSERT INTO dead_letter_jobs (handler, event_id, job_id, attempts, error)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (handler, event_id) DO UPDATE
       SET attempts = excluded.attempts, error = excluded.error, failed_at = now()`,
    [job.handler, job.eventId, queueJobId, attempts, error],
  );
}

export interface DeadLetter {
  readonly handler: string;
  readonly eventId: string;
  readonly jobId: string;
  readonly attempts: number;
  readonly error: string;
  readonly failedAt: Date;
}

export async function listDeadLetters(executor: SqlExecutor): Promise<DeadLetter[]> {
  return (await executor.query(
    `SELECT handler, event_id AS "eventId", job_id AS "jobId", attempts, error,
            failed_at AS "failedAt"
       FROM dead_letter_jobs ORDER BY failed_at DESC`,
  )) as DeadLetter[];
}

export async function getDeadLetter(
  executor: SqlExecutor,
  handler: string,
  eventId: string,
): Promise<DeadLetter | undefined> {
  const [row] = (await executor.query(
    `SELECT handler, event_id AS "eventId", job_id AS "jobId", attempts, error,
            failed_at AS "failedAt"
       FROM dead_letter_jobs WHERE handler = $1 AND event_id = $2`,
    [handler, eventId],
  )) as DeadLetter[];
  return row;
}

/** An admin's retry of a dead letter: pending again, enqueued by the pump on its next round. */
export async function retryDeadLetter(
  executor: SqlExecutor,
  handler: string,
  eventId: string,
): Promise<boolean> {
  const rows = (await executor.query(
    `WITH revived AS (
       UPDATE job_dispatches SET status = 'pending', enqueued_at = NULL
        WHERE handler = $1 AND event_id = $2 AND status = 'dead' RETURNING event_id),
     removed AS (
       DELETE FROM dead_letter_jobs WHERE handler = $1 AND event_id = $2
          AND EXISTS (SELECT 1 FROM revived) RETURNING event_id)
     SELECT event_id FROM removed`,
    [handler, eventId],
  )) as unknown[];
  return rows.length > 0;
}
