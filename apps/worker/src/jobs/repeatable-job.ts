import type { Logger } from '@nestjs/common';
import type { QueueFactory } from '@greenchain/platform';
import type { Queue, Worker } from 'bullmq';

export interface RepeatableJobSpec {
  readonly queueName: string;
  /** One scheduler of this id across all workers, so the job runs once per interval, not once per worker. */
  readonly schedulerId: string;
  readonly jobName: string;
  readonly everyMs: number;
  readonly run: () => Promise<unknown>;
}

/** A job that BullMQ's job scheduler runs every `everyMs`, and the worker that takes it. */
export class RepeatableJob {
  private queue?: Queue;
  private worker?: Worker;

  constructor(
    private readonly queues: QueueFactory,
    private readonly spec: RepeatableJobSpec,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    const { queueName, schedulerId, jobName, everyMs, run } = this.spec;
    this.queue = this.queues.createQueue(queueName);
    this.worker = this.queues.createWorker(queueName, run);
    this.worker.on('error', (error) => this.logger.error(error));
    await this.queue.upsertJobScheduler(
      schedulerId,
      { every: everyMs },
      { name: jobName, opts: { removeOnComplete: true, removeOnFail: 100 } },
    );
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    await this.queue?.close();
  }
}
