import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { GREENCHAIN_CONFIG, QueueFactory, type GreenchainConfig } from '@greenchain/platform';
import { DataSource } from 'typeorm';
import { removeExpiredAccessLog } from './access-log-retention';
import { RepeatableJob } from './repeatable-job';

/** Retention is counted in days: an hourly pass keeps every entry within an hour of its limit. */
const everyMs = 60 * 60 * 1000;

/** Removes expired entries of the personal-data read log on a BullMQ job scheduler. */
@Injectable()
export class AccessLogRetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AccessLogRetentionService.name);
  private job?: RepeatableJob;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueFactory,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.job = new RepeatableJob(
      this.queues,
      {
        queueName: 'retention',
        schedulerId: 'personal-data-access-log-retention',
        jobName: 'remove-expired',
        everyMs,
        run: () => this.removeExpired(),
      },
      this.logger,
    );
    await this.job.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job?.stop();
  }

  private async removeExpired(): Promise<number> {
    const days = this.config.worker.accessLogRetentionDays;
    const removed = await removeExpiredAccessLog(this.dataSource, days, new Date());
    if (removed > 0)
      this.logger.log(`${removed} personal-data read log entries past ${days} days removed`);
    return removed;
  }
}
