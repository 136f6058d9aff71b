import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { EventStore } from '@greenchain/event-store';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '@greenchain/platform';
import {
  allProjections,
  ProjectionRunner,
  projectionLags,
  projectionWakeChannel,
  SharedBatchReads,
  StreamSnapshots,
  StreamStates,
  type ProjectionLag,
} from '@greenchain/read-models';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';

/**
 * Starts one runner per projection when the worker boots and stops them on shutdown. Several
 * workers may run: each projection has one leader (advisory lock), the others wait to take over.
 */
@Injectable()
export class ProjectionRunnersService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ProjectionRunnersService.name);
  private readonly runners: ProjectionRunner[];
  private subscriber?: Redis;
  private unsubscribeFromStore?: () => void;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
  ) {
    const sharedReads = new SharedBatchReads(store);
    const streamStates = new StreamStates(
      store,
      new StreamSnapshots(config.worker.projectionFoldCacheStreams),
    );
    this.runners = allProjections.map(
      (projection) =>
        new ProjectionRunner({
          dataSource,
          store,
          projection,
          // Polling is the truth: a wake-up only shortens the wait for the next batch.
          pollIntervalMs: config.worker.projectionPollIntervalMs,
          batchSize: config.worker.projectionBatchSize,
          durableCommits: false,
          sharedReads,
          streamStates,
          logger: new Logger(`Projection ${projection.name}`),
        }),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const runner of this.runners) runner.start();
    // This process's own appends (all of them on the embedded database) wake the runners directly.
    this.unsubscribeFromStore = this.store.onAppended(() => this.wakeAll());
    await this.subscribeToWakeUps();
  }

  async onApplicationShutdown(): Promise<void> {
    this.unsubscribeFromStore?.();
    this.subscriber?.disconnect();
    await Promise.all(this.runners.map((runner) => runner.stop()));
  }

  /** Status and lag of every projection (from the database, so any worker's leaders count). */
  statuses(): Promise<ProjectionLag[]> {
    return projectionLags(this.dataSource);
  }

  wakeAll(): void {
    for (const runner of this.runners) runner.wake();
  }

  private async subscribeToWakeUps(): Promise<void> {
    const queue = this.config.queue;
    if (queue.mode !== 'redis') return;
    // ioredis reconnects by itself and resubscribes; until then the runners poll.
    const subscriber = new Redis(queue.url, { maxRetriesPerRequest: null, lazyConnect: true });
    subscriber.on('error', (error) => this.logger.warn(`wake-up channel: ${error.message}`));
    subscriber.on('message', () => this.wakeAll());
    this.subscriber = subscriber;
    try {
      await subscriber.connect();
      await subscriber.subscribe(projectionWakeChannel(queue.prefix));
    } catch (error) {
      this.logger.warn(`wake-ups off, polling only: ${(error as Error).message}`);
    }
  }
}
