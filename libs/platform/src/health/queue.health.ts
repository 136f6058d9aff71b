import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Redis } from 'ioredis';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '../config/greenchain-config';
import { redisConnection } from '../queue/queue-factory';
import { withTimeout } from './with-timeout';

/** Redis when the queues run there; otherwise the queues live in the database checked beside it. */
@Injectable()
export class QueueHealth implements OnModuleDestroy {
  private readonly redis: Redis | null;

  constructor(
    @Inject(GREENCHAIN_CONFIG) config: GreenchainConfig,
    private readonly indicators: HealthIndicatorService,
  ) {
    this.redis =
      config.queue.mode === 'redis'
        ? new Redis({
            ...(redisConnection(config.queue.url) as object),
            lazyConnect: true,
            enableOfflineQueue: false,
            maxRetriesPerRequest: 0,
          })
        : null;
  }

  async check() {
    const indicator = this.indicators.check('queue');
    if (!this.redis) return indicator.up({ backend: 'postgres' });
    try {
      if (this.redis.status === 'wait') await this.redis.connect();
      await withTimeout(this.redis.ping(), 2_000);
      return indicator.up({ backend: 'redis' });
    } catch (error) {
      return indicator.down({ backend: 'redis', message: (error as Error).message });
    }
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
  }
}
