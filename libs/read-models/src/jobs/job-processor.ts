import type { Job, Worker } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { RunnerLogger } from '../runner/projection-runner';
import type { DispatchedJob, JobHandler } from './job-handler';
import { recordDeadLetter, runJob, type JobOutcome } from './job-inbox';

export type WorkerFactory = (
  processor: (job: Job<DispatchedJob>) => Promise<JobOutcome>,
) => Worker<DispatchedJob, JobOutcome>;

export interface JobProcessorOptions {
  readonly dataSource: DataSource;
  readonly handlers: readonly JobHandler[];
  readonly createWorker: WorkerFactory;
  readonly logger: RunnerLogger;
}

/** Runs dispatched jobs through the inbox and records the ones out of retries as dead letters. */
export class JobProcessor {
  private readonly handlers: ReadonlyMap<string, JobHandler>;
  private worker: Worker<DispatchedJob, JobOutcome> | undefined;

  constructor(private readonly options: JobProcessorOptions) {
    this.handlers = new Map(options.handlers.map((handler) => [handler.name, handler]));
  }

  start(): void {
    if (this.worker) return;
    const worker = this.options.createWorker((job) => this.process(job));
    worker.on('failed', (job, error) => {
      if (job) void this.onFailed(job, error);
    });
    worker.on('error', (error) => this.options.logger.error('job worker', error));
    this.worker = worker;
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.close();
  }

  /**
   * Replaces the BullMQ worker: after Redis comes back a worker can stay connected yet fetch no
   * more jobs (BullMQ issues #2466, #2964), so the watchdog recreates it instead of trusting it.
   */
  async restart(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.close(true).catch((error: unknown) => this.options.logger.error('close', error));
    this.start();
  }

  private async process(job: Job<DispatchedJob>): Promise<JobOutcome> {
    const handler = this.handlers.get(job.data.handler);
    if (!handler) throw new Error(`no job handler ${job.data.handler}`);
    return runJob(this.options.dataSource, handler, job.data);
  }

  private async onFailed(job: Job<DispatchedJob>, error: Error): Promise<void> {
    const attempts = job.opts.attempts ?? 1;
    if (job.attemptsMade < attempts) return;
    try {
      await recordDeadLetter(
        this.options.dataSource,
        job.data,
        job.id ?? '',
        job.attemptsMade,
        error.message,
      );
    } catch (failure) {
      // The dispatch stays pending and is enqueued again later: nothing is lost, only delayed.
      this.options.logger.error('recording a dead letter failed', failure);
    }
  }
}
