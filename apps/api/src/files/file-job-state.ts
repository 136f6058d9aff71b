import { type FileJob } from '@greenchain/read-models';
import { type FileJobState } from './file-job.responses';

const states: Readonly<Record<FileJob['status'], FileJobState>> = {
  pending: 'queued',
  running: 'running',
  done: 'done',
  failed: 'failed',
};

/** The progress fields every file job answers with. */
export function fileJobProgress(job: FileJob) {
  const finished = job.status === 'done' || job.status === 'failed';
  return {
    id: job.id,
    status: states[job.status],
    done: job.progress,
    total: 100,
    ...(job.error !== null && { error: job.error }),
    createdAt: new Date(job.createdAt).toISOString(),
    ...(finished && { finishedAt: new Date(job.updatedAt).toISOString() }),
  };
}
