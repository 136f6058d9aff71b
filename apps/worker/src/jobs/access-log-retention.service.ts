import { Inject, Injectable, Logger } from '@nestjs/common';
import { GREENCHAIN_CONFIG, QueueFactory, type GreenchainConfig } from '@greenchain/platform';
import { DataSource } from 'typeorm';
import { removeExpiredAccessLog } from './access-log-retention';
import { RepeatableJobService } from './repeatable-job.service';

/** Retention is counted in days: an hourly pass keeps every entry within an hour of its limit. */
const everyMs = 60 * 60 * 1000;

/** Removes expired entries of the personal-data read log on a BullMQ job scheduler. */
@Injectable()
export class AccessLogRetentionService extends RepeatableJobService {
  protected readonly logger = new Logger(AccessLogRetentionService.name);

  constructor(
    private readonly dataSource: DataSource,
    queues: QueueFactory,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
  ) {
    super(queues);
  }

  protected spec() {
    return {
      queueName: 'retention',
      schedulerId: 'personal-data-access-log-retention',
      jobName: 'remove-expired',
      everyMs,
    };
  }

  protected async run(): Promise<number> {
    const days = this.config.worker.accessLogRetentionDays;
    const removed = await removeExpiredAccessLog(this.dataSource, days, new Date());
    if (removed > 0)
      this.logger.log(`${removed} personal-data read log entries past ${days} days removed`);
    return removed;
  }
}
