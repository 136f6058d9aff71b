import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  DocumentObjects,
  GREENCHAIN_CONFIG,
  QueueFactory,
  type GreenchainConfig,
} from '@greenchain/platform';
import { DataSource } from 'typeorm';
import { sweepExpiredUploadSessions } from './expired-upload-sessions';
import { sweepInterruptedObjects } from './interrupted-object-uploads';
import { sweepInterruptedUploads } from './interrupted-uploads';
import { RepeatableJobService } from './repeatable-job.service';

/** The grace is counted in hours: an hourly pass frees the space within an hour of it. */
const everyMs = 60 * 60 * 1000;

/**
 * Sweeps the chunks of interrupted uploads on a BullMQ job scheduler, with DOCUMENT_STORAGE=s3 the
 * objects such uploads left in the bucket, and expired resumable upload sessions.
 */
@Injectable()
export class InterruptedUploadSweepService extends RepeatableJobService {
  protected readonly logger = new Logger(InterruptedUploadSweepService.name);
  private readonly objects?: DocumentObjects;

  constructor(
    private readonly dataSource: DataSource,
    queues: QueueFactory,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
  ) {
    super(queues);
    const { storage } = config.documents;
    if (storage.kind === 's3') this.objects = new DocumentObjects(storage);
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
    const now = new Date();
    const removed = await sweepInterruptedUploads(this.dataSource, hours, now);
    if (removed > 0) {
      this.logger.log(`${removed} chunks of uploads interrupted over ${hours} h ago removed`);
    }
    const objects = this.objects ? await sweepInterruptedObjects(this.objects, hours, now) : 0;
    if (objects > 0) {
      this.logger.log(`${objects} objects of uploads interrupted over ${hours} h ago removed`);
    }
    const sessions = await sweepExpiredUploadSessions(this.dataSource, now);
    if (sessions > 0) this.logger.log(`${sessions} expired resumable upload sessions removed`);
    return removed + objects + sessions;
  }

  override async onApplicationShutdown(): Promise<void> {
    await super.onApplicationShutdown();
    this.objects?.close();
  }
}
