import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '@greenchain/platform';
import { Redis } from 'ioredis';
import { type Pool } from 'pg';
import {
  type RateLimiterAbstract,
  RateLimiterPostgres,
  RateLimiterRedis,
} from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { type PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** The table of the rate_limits migration, in rate-limiter-flexible's own shape. */
const tableName = 'rate_limits';
const expiredSweepMs = 10 * 60_000;

/**
 * The pool as the limiter uses it, without the statement names it gives its queries: the embedded
 * database is one PostgreSQL session shared by every connection, so a statement prepared by name
 * on one connection already exists on the next ("prepared statement already exists").
 */
function unnamedStatements(pool: Pool) {
  return {
    query: (statement: { text: string; values?: unknown[] }) =>
      pool.query(statement.text, statement.values),
  };
}

export interface LimiterOptions {
  /** Names the counter; keys of different limiters never meet. */
  readonly name: string;
  readonly points: number;
  readonly durationSeconds: number;
}

/**
 * Counters shared by every API process: in Redis when REDIS_URL is set, otherwise in PostgreSQL
 * (the rate_limits table), never in one process's memory, so several instances enforce one limit.
 */
@Injectable()
export class RateLimitStore implements OnApplicationShutdown {
  private readonly redis: Redis | undefined;
  private readonly sweep: NodeJS.Timeout | undefined;

  constructor(
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
    private readonly dataSource: DataSource,
  ) {
    if (config.queue.mode === 'redis') {
      // A request waits for one reconnect at most, then the limiter reports the store as down.
      this.redis = new Redis(config.queue.url, { maxRetriesPerRequest: 1 });
      this.redis.on('error', () => undefined);
    } else {
      this.sweep = setInterval(() => void this.deleteExpired(), expiredSweepMs).unref();
    }
  }

  limiter(options: LimiterOptions): RateLimiterAbstract {
    // Suites and deployments sharing one Redis keep their counters apart by the queue prefix.
    const keyPrefix = `${this.config.queue.prefix}:limit:${options.name}`;
    const common = { keyPrefix, points: options.points, duration: options.durationSeconds };
    if (this.redis) return new RateLimiterRedis({ ...common, storeClient: this.redis });
    return new RateLimiterPostgres({
      ...common,
      // TypeORM's own pg pool (typed `any` by TypeORM): no second pool of connections.
      storeClient: unnamedStatements((this.dataSource.driver as PostgresDriver).master as Pool),
      storeType: 'pool',
      tableName,
      tableCreated: true,
      // The library's own sweep keeps the process alive; ours below does not.
      clearExpiredByTimeout: false,
    });
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweep);
    this.redis?.disconnect();
  }

  /** Expired rows are only clutter (the library treats them as absent); a failed sweep waits. */
  private async deleteExpired(): Promise<void> {
    await this.dataSource
      .query('DELETE FROM rate_limits WHERE expire < $1', [Date.now()])
      .catch(() => undefined);
  }
}
