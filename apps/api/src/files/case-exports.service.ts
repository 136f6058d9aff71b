import { Injectable } from '@nestjs/common';
import { type SessionUser } from '@greenchain/contracts';
import { ProblemException } from '@greenchain/platform';
import {
  caseSummaryFields,
  createFileJob,
  fileJobOutput,
  getFileJob,
  type CaseSummaryField,
  type CaseSummaryFilter,
  type ExportFormat,
  type FileJob,
  type SortOrder,
} from '@greenchain/read-models';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseList } from '../cases/case-list.service';
import { type ExportRequest } from './export.request';
import { fileJobProgress } from './file-job-state';
import { type ExportStatusResponse, type FileJobQueuedResponse } from './file-job.responses';

/** Bookkeeping columns of the read model, of no use in a spreadsheet. */
const internalFields: ReadonlySet<CaseSummaryField> = new Set([
  'outcomeCount',
  'streamVersion',
  'lastPosition',
]);

/**
 * The columns of a case-list export. case_summary holds no personal field, so every role that may
 * export gets the same columns; names, birth dates and documents never reach a file.
 */
export const exportFields = caseSummaryFields.filter((field) => !internalFields.has(field));

const contentTypes: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface ExportFile {
  readonly content: Buffer;
  readonly contentType: string;
  readonly fileName: string;
}

interface StoredExport {
  readonly format: ExportFormat;
}

/**
 * Case-list exports as file jobs of the worker. The filter and sort are checked now, against the
 * list the requester sees, so a mistake is a 400 at once rather than a failed job later. The file
 * holds what GET /cases shows the requester: officers get their country's cases and, of cases shared
 * with their country, only the shared parts.
 */
@Injectable()
export class CaseExports {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caseList: CaseList,
  ) {}

  /** Refuses (400) a filter or sort the requester's case list cannot run. */
  async check(user: SessionUser, request: ExportRequest): Promise<void> {
    await this.caseList.list(user, {
      filter: JSON.stringify(request.filter ?? {}),
      ...(request.sort && { sort: JSON.stringify(request.sort) }),
      range: '[0,0]',
    });
  }

  /**
   * Records the job, in `transaction` (the caller's), once `check` has passed. The check runs
   * before the transaction so that no request holds one connection while it waits for another.
   */
  async start(
    user: SessionUser,
    request: ExportRequest,
    transaction: EntityManager,
  ): Promise<FileJobQueuedResponse> {
    const filter = request.filter as CaseSummaryFilter | undefined;
    const id = await createFileJob(
      transaction,
      {
        kind: 'case_export',
        export: {
          format: request.format,
          fields: exportFields,
          ...(user.role !== 'analyst' && {
            viewer: { country: user.country ?? '', agency: user.agency },
          }),
          ...(filter && { filter }),
          ...(request.sort && { sort: request.sort as [string, SortOrder] }),
        },
      },
      user.id,
    );
    return { id, status: 'queued' };
  }

  async status(user: SessionUser, id: string): Promise<ExportStatusResponse> {
    const job = await this.ownExport(user, id);
    return { ...fileJobProgress(job), format: (job.request as StoredExport).format };
  }

  async file(user: SessionUser, id: string): Promise<ExportFile> {
    const job = await this.ownExport(user, id);
    const content = job.status === 'done' ? await fileJobOutput(this.dataSource, id) : undefined;
    if (!content) {
      throw new ProblemException(
        409,
        'export/not-ready',
        job.status === 'failed'
          ? `The export failed (${job.error ?? 'no reason recorded'}); start it again.`
          : 'The export is not done yet; follow GET /api/exports/{exportId}.',
        'exportId',
      );
    }
    const { format } = job.request as StoredExport;
    return { content, contentType: contentTypes[format], fileName: `cases-${id}.${format}` };
  }

  /** An export is its requester's: anyone else's answers as if it did not exist. */
  private async ownExport(user: SessionUser, id: string): Promise<FileJob> {
    const job = await getFileJob(this.dataSource, id);
    if (!job || job.kind !== 'case_export' || job.requestedBy !== user.id) {
      throw new ProblemException(404, 'resource/not-found', 'No such export.', 'exportId');
    }
    return job;
  }
}
