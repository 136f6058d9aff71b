import { hostname } from 'node:os';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { GREENCHAIN_CONFIG, type GreenchainConfig, QueueFactory } from '@greenchain/platform';
import { type Queue, type Worker } from 'bullmq';
import { DataSource } from 'typeorm';

const queueName = 'maintenance';
const schedulerId = 'worker-heartbeat';

/**
 * The heartbeat travels through the job queue, so a fresh beat proves that a worker really takes
 * jobs off the queue, not merely that its process is alive. Readiness reads the newest beat.
 */
@Injectable()
export class WorkerHeartbeatService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHeartbeatService.name);
  private readonly workerId = `${hostname()}:${process.pid}`;
  private readonly startedAt = new Date();
  private queue?: Queue;
  private worker?: Worker;

  constructor(
    private readonly queues: QueueFactory,
    private readonly dataSource: DataSource,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.queue = this.queues.createQueue(queueName);
    this.worker = this.queues.createWorker(queueName, () => this.beat());
    this.worker.on('error', (error) => this.logger.error(error));
    await this.queue.upsertJobScheduler(
      schedulerId,
      { every: this.config.worker.heartbeatIntervalMs },
      { name: 'heartbeat', opts: { removeOnComplete: true, removeOnFail: 100 } },
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.queue?.close();
  }

  private async beat(): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO worker_heartbeats (worker_id, host, pid, started_at, beat_at)
       VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (worker_id) DO UPDATE SET beat_at = excluded.beat_at`,
      [this.workerId, hostname(), process.pid, this.startedAt],
    );
  }
}
