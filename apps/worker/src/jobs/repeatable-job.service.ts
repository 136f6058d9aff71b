import {
  type Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { type QueueFactory } from '@greenchain/platform';
import { RepeatableJob, type RepeatableJobSpec } from './repeatable-job';

/**
 * A worker service that runs one repeatable job for the life of the application: scheduled on
 * start, its worker closed on shutdown.
 */
export abstract class RepeatableJobService
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  protected abstract readonly logger: Logger;
  private job?: RepeatableJob;

  constructor(private readonly queues: QueueFactory) {}

  /** The job's queue, scheduler, name and interval; `run` is the service's own work. */
  protected abstract spec(): Omit<RepeatableJobSpec, 'run'>;

  protected abstract run(): Promise<unknown>;

  async onApplicationBootstrap(): Promise<void> {
    this.job = new RepeatableJob(
      this.queues,
      { ...this.spec(), run: () => this.run() },
      this.logger,
    );
    await this.job.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job?.stop();
  }
}
