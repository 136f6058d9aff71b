import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Redis } from 'ioredis';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '../config/greenchain-config';
import { redisConnection } from '../queue/queue-factory';
import { SettingReport } from './setting-report';
import { redisEvictionProblem } from './unsafe-settings';
import { withTimeout } from './with-timeout';

/**
 * Redis when the queues run there, refused when it may evict jobs; otherwise the queues live in the
 * database checked beside it.
 */
@Injectable()
export class QueueHealth implements OnModuleDestroy {
  private readonly redis: Redis | null;
  private readonly report = new SettingReport(new Logger('Health'));

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
      // Answering proves Redis is up; its memory section says whether it may drop jobs.
      const problem = redisEvictionProblem(await withTimeout(this.redis.info('memory'), 2_000));
      this.report.note(problem);
      if (problem) return indicator.down({ backend: 'redis', message: problem });
      return indicator.up({ backend: 'redis' });
    } catch (error) {
      return indicator.down({ backend: 'redis', message: (error as Error).message });
    }
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
  }
}
