import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { EventStore } from '@greenchain/event-store';
import { GREENCHAIN_CONFIG, QueueFactory, type GreenchainConfig } from '@greenchain/platform';
import { dueDeadlines, flagMissedDeadlines } from '@greenchain/read-models';
import type { Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';

const queueName = 'deadlines';
const schedulerId = 'stage-deadline-scan';

/**
 * Scans the stage_deadlines read model on a BullMQ job scheduler (one scan at a time across
 * workers) and records each missed deadline as the FlagDeadlineMissed system command.
 */
@Injectable()
export class DeadlineScanService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeadlineScanService.name);
  private queue?: Queue;
  private worker?: Worker;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly queues: QueueFactory,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.queue = this.queues.createQueue(queueName);
    this.worker = this.queues.createWorker(queueName, () => this.scan());
    this.worker.on('error', (error) => this.logger.error(error));
    await this.queue.upsertJobScheduler(
      schedulerId,
      // Deadlines are days: the default scan a minute flags a missed one well within its day.
      { every: this.config.worker.deadlineScanIntervalMs },
      { name: 'scan', opts: { removeOnComplete: true, removeOnFail: 100 } },
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.queue?.close();
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
