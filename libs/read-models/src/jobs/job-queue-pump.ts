import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { RunnerLogger } from '../runner/projection-runner';
import { PollingLoop } from '../shared/polling-loop';
import { jobId, type DispatchedJob } from './job-handler';
import { duePendingJobs, markEnqueued } from './job-inbox';

export interface JobQueuePumpOptions {
  readonly dataSource: DataSource;
  readonly queue: Queue;
  /** Attempts per job before it becomes a dead letter; defaults to 5. */
  readonly attempts?: number;
  /** First retry delay, doubled on each attempt; defaults to 1,000 ms. */
  readonly backoffMs?: number;
  /** A job not done this long after enqueueing is enqueued again; defaults to 30 s. */
  readonly resendAfterMs?: number;
  readonly intervalMs?: number;
  readonly logger: RunnerLogger;
}

/** The BullMQ queue of event-derived jobs (the worker runs them, the API retries dead ones). */
export const eventJobsQueueName = 'event-jobs';

/**
 * Moves pending dispatches to BullMQ, outside any database transaction (a job enqueued in a
 * transaction that then rolls back would run for an event that does not exist). The job id is
 * handler:eventId, so adding a job BullMQ still holds is a no-op, and one Redis lost (restart,
 * FLUSHALL) is added again on a later round since its dispatch is still pending.
 */
export class JobQueuePump {
  private readonly loop: PollingLoop;

  constructor(private readonly options: JobQueuePumpOptions) {
    // Redis or PostgreSQL away: the dispatches stay pending and the next round tries again.
    this.loop = new PollingLoop({
      step: () => this.pumpOnce(),
      intervalMs: options.intervalMs ?? 250,
      onError: (error) => options.logger.error(`job pump: ${(error as Error).message}`, error),
    });
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Pumps at once: called when the dispatcher has just committed new dispatches. */
  wake(): void {
    this.loop.wake();
  }

  /** One round: enqueue every due dispatch; returns how many. */
  async pumpOnce(): Promise<number> {
    const due = await duePendingJobs(
      this.options.dataSource,
      this.options.resendAfterMs ?? 30_000,
      500,
    );
    if (due.length === 0) return 0;
    await this.options.queue.addBulk(due.map((job) => this.bulkJob(job)));
    await markEnqueued(this.options.dataSource, due);
    return due.length;
  }

  private bulkJob(job: DispatchedJob) {
    return {
      name: job.handler,
      data: job,
      opts: {
        jobId: jobId(job),
        attempts: this.options.attempts ?? 5,
        backoff: { type: 'exponential', delay: this.options.backoffMs ?? 1000 },
        removeOnComplete: true,
        removeOnFail: 1000,
      },
    };
  }
}
