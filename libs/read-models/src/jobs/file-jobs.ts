import { randomUUID } from 'node:crypto';
import type { Actor } from '@greenchain/domain';
import type { SqlExecutor } from '@greenchain/event-store';
import type { DataSource } from 'typeorm';
import { exportCaseSummaries, type CaseSummaryExportRequest } from '../exports/case-summary.export';
import { CaseSummaryQuery } from '../projections/case-summary/case-summary.query';
import type { StalledDeadlines } from '../projections/case-summary/stalled-deadlines';

export type FileJobRequest =
  | { readonly kind: 'seizure_import'; readonly actor: Actor; readonly file: Buffer }
  | { readonly kind: 'case_export'; readonly export: Omit<CaseSummaryExportRequest, 'onProgress'> };

export type FileJobStatus = 'pending' | 'running' | 'done' | 'failed';

export interface FileJob {
  readonly id: string;
  readonly kind: FileJobRequest['kind'];
  readonly status: FileJobStatus;
  readonly progress: number;
  /** What was asked: the export's filter, sort, fields and format; the import's actor. */
  readonly request: unknown;
  /** The import's report (rows, imported, errors by line and column); null for exports. */
  readonly result: unknown;
  readonly error: string | null;
  readonly requestedBy: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** Records an import or export; the worker's pump enqueues it after this commits. */
export async function createFileJob(
  executor: SqlExecutor,
  request: FileJobRequest,
  requestedBy: string,
): Promise<string> {
  const id = randomUUID();
  const { kind } = request;
  const stored = kind === 'seizure_import' ? { actor: request.actor } : request.export;
  const input = kind === 'seizure_import' ? request.file : null;
  await executor.query(
    `INSERT INTO file_jobs (id, kind, request, input, requested_by) VALUES ($1, $2, $3, $4, $5)`,
    [id, kind, JSON.stringify(stored), input, requestedBy],
  );
  return id;
}

export async function getFileJob(executor: SqlExecutor, id: string): Promise<FileJob | undefined> {
  const [row] = (await executor.query(
    `SELECT id, kind, status, progress, request, result, error, requested_by AS "requestedBy",
            created_at AS "createdAt", updated_at AS "updatedAt"
       FROM file_jobs WHERE id = $1`,
    [id],
  )) as FileJob[];
  return row;
}

/**
 * An import of the very same bytes by the same office, newest first: importing it again under its id
 * records nothing twice (the rows' case and command ids derive from the import id).
 */
export async function sameSeizureImport(
  executor: SqlExecutor,
  file: Buffer,
  office: Pick<Actor, 'country' | 'agency'>,
): Promise<string | undefined> {
  const [row] = (await executor.query(
    `SELECT id FROM file_jobs
      WHERE kind = 'seizure_import' AND request->'actor'->>'country' = $2
        AND request->'actor'->>'agency' = $3 AND sha256(input) = sha256($1::bytea)
      ORDER BY created_at DESC LIMIT 1`,
    [file, office.country, office.agency],
  )) as { id: string }[];
  return row?.id;
}

/** A failed file job runs again under the same id (an import then skips the rows it recorded). */
export async function restartFailedFileJob(executor: SqlExecutor, id: string): Promise<void> {
  await executor.query(
    `UPDATE file_jobs SET status = 'pending', error = NULL, enqueued_at = NULL, updated_at = now()
      WHERE id = $1 AND status = 'failed'`,
    [id],
  );
}

/** The produced file of a finished export. */
export async function fileJobOutput(
  executor: SqlExecutor,
  id: string,
): Promise<Buffer | undefined> {
  const [row] = (await executor.query(
    `SELECT output FROM file_jobs WHERE id = $1 AND status = 'done'`,
    [id],
  )) as { output: Buffer | null }[];
  return row?.output ?? undefined;
}

/** Pending file jobs not enqueued, or enqueued longer ago than `resendAfterMs` (lost by Redis). */
export async function dueFileJobs(executor: SqlExecutor, resendAfterMs: number): Promise<string[]> {
  const rows = (await executor.query(
    `WITH due AS (
       UPDATE file_jobs SET enqueued_at = now()
        WHERE id IN (SELECT id FROM file_jobs
                      WHERE status IN ('pending', 'running')
                        AND (enqueued_at IS NULL
                             OR enqueued_at < now() - make_interval(secs => $1::float8 / 1000))
                      ORDER BY created_at LIMIT 100)
        RETURNING id)
     SELECT id FROM due`,
    [resendAfterMs],
  )) as { id: string }[];
  return rows.map((row) => row.id);
}

async function setProgress(executor: SqlExecutor, id: string, progress: number): Promise<void> {
  await executor.query(
    `UPDATE file_jobs SET status = 'running', progress = $2, updated_at = now() WHERE id = $1`,
    [id, progress],
  );
}

/**
 * Records an import's rows as events and reports on them (the write side's importSeizures): read
 * models only keep the job, they do not write events.
 */
export type SeizureImporter = (
  file: Buffer,
  options: {
    readonly importId: string;
    readonly actor: Actor;
    readonly onProgress: (percent: number) => Promise<void>;
  },
) => Promise<unknown>;

export interface FileJobDependencies {
  readonly dataSource: DataSource;
  readonly importSeizures: SeizureImporter;
  /** The configured stage deadlines, so an export's "stalled" matches the list's. */
  readonly deadlines?: StalledDeadlines;
}

/**
 * Runs a file job: progress written as it goes (and reported to `onProgress`, e.g. the BullMQ
 * job's), the result or file stored at the end. Safe to run again: the import keys its cases by
 * this job's id, and an export is simply produced again.
 */
export async function runFileJob(
  { dataSource, importSeizures, deadlines }: FileJobDependencies,
  id: string,
  onProgress: (percent: number) => Promise<void> | void = () => undefined,
): Promise<void> {
  const [row] = await dataSource.query<
    { kind: FileJobRequest['kind']; request: unknown; input: Buffer | null }[]
  >(
    `SELECT kind, request, input FROM file_jobs WHERE id = $1 AND status IN ('pending', 'running')`,
    [id],
  );
  if (!row) return;
  const progress = async (percent: number) => {
    await setProgress(dataSource, id, percent);
    await onProgress(percent);
  };
  await progress(0);
  try {
    if (row.kind === 'seizure_import') {
      const { actor } = row.request as { actor: Actor };
      const result = await importSeizures(row.input ?? Buffer.alloc(0), {
        importId: id,
        actor,
        onProgress: progress,
      });
      await dataSource.query(
        `UPDATE file_jobs SET status = 'done', progress = 100, result = $2, updated_at = now()
          WHERE id = $1`,
        [id, JSON.stringify(result)],
      );
    } else {
      const request = row.request as Omit<CaseSummaryExportRequest, 'onProgress'>;
      const file = await exportCaseSummaries(
        new CaseSummaryQuery(dataSource, { ...(deadlines && { deadlines }) }),
        {
          ...request,
          onProgress: progress,
        },
      );
      await dataSource.query(
        `UPDATE file_jobs SET status = 'done', progress = 100, output = $2, updated_at = now()
          WHERE id = $1`,
        [id, file],
      );
    }
  } catch (error) {
    await dataSource.query(
      `UPDATE file_jobs SET status = 'failed', error = $2, updated_at = now() WHERE id = $1`,
      [id, (error as Error).message],
    );
    throw error;
  }
}
