import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { flagMissedDeadlines } from '@greenchain/case-commands';
import { EventStore } from '@greenchain/event-store';
import { GREENCHAIN_CONFIG, QueueFactory, type GreenchainConfig } from '@greenchain/platform';
import { dueDeadlines } from '@greenchain/read-models';
import { DataSource } from 'typeorm';
import { RepeatableJob } from './repeatable-job';

/**
 * Scans the stage_deadlines read model on a BullMQ job scheduler (one scan at a time across
 * workers) and records each missed deadline as the FlagDeadlineMissed system command.
 */
@Injectable()
export class DeadlineScanService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeadlineScanService.name);
  private job?: RepeatableJob;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly queues: QueueFactory,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.job = new RepeatableJob(
      this.queues,
      {
        queueName: 'deadlines',
        schedulerId: 'stage-deadline-scan',
        jobName: 'scan',
        // Deadlines are days: the default scan a minute flags a missed one well within its day.
        everyMs: this.config.worker.deadlineScanIntervalMs,
        run: () => this.scan(),
      },
      this.logger,
    );
    await this.job.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job?.stop();
  }

  private async scan(): Promise<number> {
    const now = new Date();
    const due = await dueDeadlines(
      this.dataSource,
      this.config.stageDeadlines,
      now.toISOString().slice(0, 10),
    );
    const flagged = await flagMissedDeadlines(this.store, due, now);
    if (flagged > 0) this.logger.log(`${flagged} missed stage deadlines recorded`);
    return flagged;
  }
}
