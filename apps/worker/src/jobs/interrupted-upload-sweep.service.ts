import { Inject, Injectable, Logger } from '@nestjs/common';
import { GREENCHAIN_CONFIG, QueueFactory, type GreenchainConfig } from '@greenchain/platform';
import { DataSource } from 'typeorm';
import { sweepInterruptedUploads } from './interrupted-uploads';
import { RepeatableJobService } from './repeatable-job.service';

/** The grace is counted in hours: an hourly pass frees the space within an hour of it. */
const everyMs = 60 * 60 * 1000;

/** Sweeps the chunks of interrupted uploads on a BullMQ job scheduler. */
@Injectable()
export class InterruptedUploadSweepService extends RepeatableJobService {
  protected readonly logger = new Logger(InterruptedUploadSweepService.name);

  constructor(
    private readonly dataSource: DataSource,
    queues: QueueFactory,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
  ) {
    super(queues);
  }

  protected spec() {
    return {
      // A queue of its own: a worker takes every job of its queue, whatever its name.
      queueName: 'document-uploads',
      schedulerId: 'interrupted-document-uploads',
      jobName: 'sweep-interrupted-uploads',
      everyMs,
    };
  }

  protected async run(): Promise<number> {
    const hours = this.config.documents.uploadGraceHours;
    const removed = await sweepInterruptedUploads(this.dataSource, hours, new Date());
    if (removed > 0) {
      this.logger.log(`${removed} chunks of uploads interrupted over ${hours} h ago removed`);
    }
    return removed;
  }
}
