import { Injectable } from '@nestjs/common';
import { type SeizureImportResult } from '@greenchain/case-commands';
import { type SessionUser } from '@greenchain/contracts';
import { ProblemException } from '@greenchain/platform';
import {
  createFileJob,
  getFileJob,
  restartFailedFileJob,
  sameSeizureImport,
  type FileJob,
} from '@greenchain/read-models';
import { DataSource } from 'typeorm';
import { actorOf } from '../commands/actor';
import { fileJobProgress } from './file-job-state';
import { type FileJobQueuedResponse, type ImportStatusResponse } from './file-job.responses';
import { checkImportFile } from './import-file.check';

/**
 * Seizure imports as file jobs of the worker. The same file from the same office is the same
 * import: it is answered with the first import's id (restarted if it failed), so its rows, keyed
 * by that id, are never recorded twice.
 */
@Injectable()
export class SeizureImports {
  constructor(private readonly dataSource: DataSource) {}

  async start(user: SessionUser, file: Buffer): Promise<FileJobQueuedResponse> {
    checkImportFile(file, user);
    const actor = actorOf(user);
    const earlier = await sameSeizureImport(this.dataSource, file, actor);
    if (earlier !== undefined) {
      await restartFailedFileJob(this.dataSource, earlier);
      return { id: earlier, status: fileJobProgress(await this.ownImport(user, earlier)).status };
    }
    const id = await createFileJob(
      this.dataSource,
      { kind: 'seizure_import', actor, file },
      user.id,
    );
    return { id, status: 'queued' };
  }

  async status(user: SessionUser, id: string): Promise<ImportStatusResponse> {
    const job = await this.ownImport(user, id);
    const result = job.result as SeizureImportResult | null;
    const rejectedLines = new Set(result?.errors.map((error) => error.line));
    return {
      ...fileJobProgress(job),
      accepted: result?.imported ?? 0,
      rejected: rejectedLines.size,
      errors: (result?.errors ?? []).map((error) => ({
        row: error.line,
        field: error.column,
        code: error.code,
        detail: error.message,
      })),
    };
  }

  /** An import is its office's: customs of another country or agency find nothing. */
  private async ownImport(user: SessionUser, id: string): Promise<FileJob> {
    const job = await getFileJob(this.dataSource, id);
    const actor = (job?.request as { actor?: { country?: string; agency?: string } } | undefined)
      ?.actor;
    if (
      !job ||
      job.kind !== 'seizure_import' ||
      actor?.country !== user.country ||
      actor?.agency !== user.agency
    ) {
      throw new ProblemException(404, 'resource/not-found', 'No such import.', 'importId');
    }
    return job;
  }
}
