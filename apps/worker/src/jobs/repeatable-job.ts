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

/** The longest time between two looks at whether Redis still holds the job's scheduler. */
const schedulerCheckMs = 5_000;

/**
 * A job that BullMQ's job scheduler runs every `everyMs`, and the worker that takes it. The
 * scheduler lives in Redis only: a Redis restarted without persistence, or flushed, loses it and
 * the job would never run again (the worker heartbeat among them, so readiness would stay false
 * until every worker restarted). Each worker therefore checks that the scheduler exists and
 * schedules it again when it is gone; the scheduler id makes concurrent restorations one.
 */
export class RepeatableJob {
  private queue?: Queue;
  private worker?: Worker;
  private watch?: NodeJS.Timeout;
  private checking = false;

  constructor(
    private readonly queues: QueueFactory,
    private readonly spec: RepeatableJobSpec,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    const { queueName, everyMs, run } = this.spec;
    this.queue = this.queues.createQueue(queueName);
    this.worker = this.queues.createWorker(queueName, run);
    this.worker.on('error', (error) => this.logger.error(error));
    await this.schedule();
    if (this.queues.backend === 'redis') {
      this.watch = setInterval(
        () => void this.restoreIfLost(),
        Math.min(everyMs, schedulerCheckMs),
      );
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.watch);
    this.watch = undefined;
    await this.worker?.close();
    await this.queue?.close();
  }

  private async schedule(): Promise<void> {
    const { schedulerId, jobName, everyMs } = this.spec;
    await this.queue?.upsertJobScheduler(
      schedulerId,
      { every: everyMs },
      { name: jobName, opts: { removeOnComplete: true, removeOnFail: 100 } },
    );
  }

  /** While Redis is away the look waits for it (commands queue until it is back), never twice. */
  private async restoreIfLost(): Promise<void> {
    if (this.checking || !this.queue) return;
    this.checking = true;
    try {
      if (await this.queue.getJobScheduler(this.spec.schedulerId)) return;
      this.logger.warn(
        `job scheduler ${this.spec.schedulerId} is gone from Redis (restarted empty or flushed): scheduling it again`,
      );
      await this.schedule();
    } catch (error) {
      // Closing the queue on shutdown rejects a pending look; anything else is worth a line.
      if (this.watch) this.logger.error(error);
    } finally {
      this.checking = false;
    }
  }
}
