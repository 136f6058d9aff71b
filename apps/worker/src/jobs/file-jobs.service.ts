import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { importSeizures } from '@greenchain/case-commands';
import { EventStore } from '@greenchain/event-store';
import {
  FileJobSignal,
  GREENCHAIN_CONFIG,
  type GreenchainConfig,
  QueueFactory,
} from '@greenchain/platform';
import { dueFileJobs, PollingLoop, runFileJob } from '@greenchain/read-models';
import type { Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';

const queueName = 'file-jobs';
/** A file job not finished this long after enqueueing is enqueued again (a no-op while held). */
const resendAfterMs = 60_000;
/** How soon the pump looks again after a wake or a round with work, doubling while it finds none. */
const busyLookMs = 250;

/**
 * Imports and exports as BullMQ jobs: the API records a file_jobs row, this service enqueues it
 * after that commit (job id file.<id>, the id alone in the payload) and runs it with progress.
 * One attempt: a failure is recorded on the row for the user, who starts the job again.
 */
@Injectable()
export class FileJobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(FileJobsService.name);
  private readonly pump: PollingLoop;
  private queue?: Queue;
  private worker?: Worker<{ fileJobId: string }>;
  private unsubscribe?: () => void;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly queues: QueueFactory,
    private readonly signal: FileJobSignal,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
  ) {
    // Woken by the API in the same process; the poll finds the jobs another process recorded.
    this.pump = new PollingLoop({
      step: () => this.enqueueDue(),
      intervalMs: config.worker.jobPumpIntervalMs,
      busyIntervalMs: busyLookMs,
      onError: (error) => this.logger.error(`file job pump: ${(error as Error).message}`),
    });
  }

  onApplicationBootstrap(): void {
    this.queue = this.queues.createQueue(queueName);
    this.worker = this.queues.createWorker<{ fileJobId: string }, void>(queueName, (job) =>
      runFileJob(
        {
          dataSource: this.dataSource,
          importSeizures: (file, options) => importSeizures(this.store, file, options),
          deadlines: this.config.stageDeadlines,
        },
        job.data.fileJobId,
        (percent) => job.updateProgress(percent),
      ),
    );
    this.worker.on('error', (error) => this.logger.error(error));
    this.unsubscribe = this.signal.subscribe(() => this.pump.wake());
    this.pump.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.unsubscribe?.();
    await this.pump.stop();
    await this.worker?.close();
    await this.queue?.close();
  }

  private async enqueueDue(): Promise<number> {
    const queue = this.queue;
    if (!queue) return 0;
    const ids = await dueFileJobs(this.dataSource, resendAfterMs);
    // An empty addBulk still costs the queue a statement at every look on an idle system.
    if (ids.length === 0) return 0;
    await queue.addBulk(
      ids.map((id) => ({
        name: 'file-job',
        data: { fileJobId: id },
        opts: { jobId: `file.${id}`, attempts: 1, removeOnComplete: true, removeOnFail: 100 },
      })),
    );
    return ids.length;
  }
}
