import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { EventStore } from '@greenchain/event-store';
import { GREENCHAIN_CONFIG, type GreenchainConfig, QueueFactory } from '@greenchain/platform';
import {
  allJobHandlers,
  dispatchProjection,
  JobProcessor,
  JobQueuePump,
  OutgoingDestinations,
  ProjectionRunner,
  QueueWatchdog,
  WebhookSecrets,
  type DispatchedJob,
  type JobHandler,
  type JobOutcome,
  eventJobsQueueName,
} from '@greenchain/read-models';
import type { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';

/**
 * Events to side effects: the dispatcher subscription records what each event implies, the pump
 * enqueues it after commit, the processor runs it through the inbox, and in Redis mode a watchdog
 * recreates the BullMQ worker when Redis comes back.
 */
@Injectable()
export class JobDispatchService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobDispatchService.name);
  private readonly handlers: readonly JobHandler[];
  private readonly dispatcher: ProjectionRunner;
  private queue?: Queue;
  private pump?: JobQueuePump;
  private processor?: JobProcessor;
  private watchdog?: QueueWatchdog;
  private probe?: Redis;
  private unsubscribeFromStore?: () => void;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly queues: QueueFactory,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
  ) {
    this.handlers = allJobHandlers(
      new WebhookSecrets(config.encryptionMasterKey),
      new OutgoingDestinations(config.outgoing),
    );
    this.dispatcher = new ProjectionRunner({
      dataSource,
      store,
      projection: dispatchProjection(this.handlers, {
        lateEntryDays: config.worker.notifyLateEntriesWithinDays,
      }),
      pollIntervalMs: config.worker.projectionPollIntervalMs,
      batchSize: config.worker.projectionBatchSize,
      logger: this.logger,
      // New dispatches are committed: enqueue them now rather than at the pump's next poll.
      onApplied: () => this.pump?.wake(),
    });
  }

  onApplicationBootstrap(): void {
    const queue = this.queues.createQueue(eventJobsQueueName);
    this.queue = queue;
    this.pump = new JobQueuePump({
      dataSource: this.dataSource,
      queue,
      intervalMs: this.config.worker.jobPumpIntervalMs,
      logger: this.logger,
    });
    this.processor = new JobProcessor({
      dataSource: this.dataSource,
      handlers: this.handlers,
      createWorker: (process) =>
        this.queues.createWorker<DispatchedJob, JobOutcome>(eventJobsQueueName, process),
      logger: this.logger,
    });
    this.dispatcher.start();
    this.unsubscribeFromStore = this.store.onAppended(() => this.dispatcher.wake());
    this.pump.start();
    this.processor.start();
    if (this.config.queue.mode === 'redis') {
      // Its own connection, failing fast while Redis is away instead of queueing the PING.
      const probe = new Redis(this.config.queue.url, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 0,
      });
      probe.on('error', () => undefined);
      this.probe = probe;
      this.watchdog = new QueueWatchdog({
        probe: () => probe.ping(),
        onRecovered: () => this.processor?.restart() ?? Promise.resolve(),
        logger: this.logger,
      });
      this.watchdog.start();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.unsubscribeFromStore?.();
    await this.watchdog?.stop();
    this.probe?.disconnect();
    await this.dispatcher.stop();
    await this.pump?.stop();
    await this.processor?.stop();
    await this.queue?.close();
  }
}
