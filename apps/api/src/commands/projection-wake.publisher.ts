import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '@greenchain/platform';
import { projectionWakeChannel } from '@greenchain/read-models';
import { Redis } from 'ioredis';

/**
 * When to wake the runners after a commit: at once, then again, further and further apart. Runners
 * read only below the oldest transaction still open anywhere in the cluster (the commit-safe read),
 * so right after our commit the event may still be hidden behind an older transaction, and a runner
 * woken too early finds nothing and sleeps a whole poll interval.
 */
const wakeDelaysMs = [0, 100, 500, 2_000, 5_000];

/**
 * Tells the worker's projection runners that events were committed, so read models follow a write
 * at once instead of at the next poll. Called only after the append's transaction has committed: a
 * runner woken earlier would read nothing new and sleep a whole interval. Commits close together
 * share messages. Losing one (Redis down) only delays: polling stays the source of truth, so a
 * failure is logged and never fails the command. Without Redis (embedded mode) runners just poll.
 */
@Injectable()
export class ProjectionWakePublisher implements OnApplicationShutdown {
  private readonly logger = new Logger(ProjectionWakePublisher.name);
  private readonly redis: Redis | undefined;
  private readonly channel: string;
  private readonly scheduled = new Set<number>();

  constructor(@Inject(GREENCHAIN_CONFIG) config: GreenchainConfig) {
    this.channel = projectionWakeChannel(config.queue.prefix);
    this.redis =
      config.queue.mode === 'redis'
        ? new Redis(config.queue.url, {
            // A command must not wait for Redis: while it is away, wake-ups are dropped, not queued.
            enableOfflineQueue: false,
            maxRetriesPerRequest: 0,
          })
        : undefined;
    this.redis?.on('error', (error: Error) => this.logger.debug(`wake-ups: ${error.message}`));
  }

  /** After a commit: each wake-up due covers every commit made before it goes out. */
  committed(): void {
    if (this.redis === undefined) return;
    for (const delayMs of wakeDelaysMs) this.schedule(delayMs);
  }

  onApplicationShutdown(): void {
    this.redis?.disconnect();
  }

  private schedule(delayMs: number): void {
    if (this.scheduled.has(delayMs)) return;
    this.scheduled.add(delayMs);
    setTimeout(() => {
      this.scheduled.delete(delayMs);
      void this.publish();
    }, delayMs).unref();
  }

  private async publish(): Promise<void> {
    const redis = this.redis;
    if (redis === undefined) return;
    try {
      await redis.publish(this.channel, 'committed');
    } catch (error) {
      this.logger.debug(`wake-up not sent, runners will poll: ${(error as Error).message}`);
    }
  }
}
