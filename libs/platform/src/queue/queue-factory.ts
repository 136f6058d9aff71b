import { Inject, Injectable } from '@nestjs/common';
import {
  createPostgresBackend,
  Queue,
  Worker,
  type ConnectionOptions,
  type Processor,
  type QueueOptions,
  type WorkerOptions,
} from 'bullmq';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '../config/greenchain-config';
import { INFRASTRUCTURE } from '../runtime/infrastructure.token';
import { type Infrastructure } from '../runtime/infrastructure';

/**
 * How long an idle worker on the embedded database waits before it looks at its queue again. A job
 * added wakes it at once (NOTIFY, passed between the embedded connections), and the wait is cut
 * short to the next delayed job's due time, so the look finds nothing that the wake-ups missed; with
 * BullMQ's 5 s, six idle workers made a third of an idle process's statements (ADR 0014).
 */
const embeddedDrainDelaySeconds = 60;

/**
 * Builds BullMQ queues and workers on Redis when REDIS_URL is set, otherwise on BullMQ's PostgreSQL
 * backend in Greenchain's own database, so processors are the same code in both modes.
 */
@Injectable()
export class QueueFactory {
  constructor(
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
    @Inject(INFRASTRUCTURE) private readonly infrastructure: Infrastructure,
  ) {}

  get backend(): 'redis' | 'postgres' {
    return this.config.queue.mode;
  }

  createQueue(name: string, options: Omit<QueueOptions, 'connection'> = {}): Queue {
    const opts = { ...options, prefix: this.config.queue.prefix };
    if (this.config.queue.mode === 'redis') {
      return new Queue(name, { ...opts, connection: redisConnection(this.config.queue.url) });
    }
    // The backend's generic type differs; callers only use the API both backends share.
    return new Queue(
      name,
      { ...opts, connection: this.postgresConnection() },
      createPostgresBackend,
    ) as unknown as Queue;
  }

  createWorker<Data, Result>(
    name: string,
    processor: Processor<Data, Result>,
    options: Omit<WorkerOptions, 'connection'> = {},
  ): Worker<Data, Result> {
    const opts = { ...options, prefix: this.config.queue.prefix };
    if (this.config.queue.mode === 'redis') {
      return new Worker(name, processor, {
        ...opts,
        connection: redisConnection(this.config.queue.url),
      });
    }
    // Workers wait on LISTEN/NOTIFY, which the embedded database passes between its connections.
    const idle = this.infrastructure.embedded ? { drainDelay: embeddedDrainDelaySeconds } : {};
    return new Worker(
      name,
      processor,
      { ...idle, ...opts, connection: this.postgresConnection() },
      createPostgresBackend,
    ) as unknown as Worker<Data, Result>;
  }

  private postgresConnection() {
    return { connectionString: this.infrastructure.databaseUrl, migrate: true, max: 4 };
  }
}

/** BullMQ workers block on Redis, so commands must wait for a reconnect instead of failing. */
export function redisConnection(url: string): ConnectionOptions {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}
