import { hostname } from 'node:os';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { GREENCHAIN_CONFIG, type GreenchainConfig, QueueFactory } from '@greenchain/platform';
import { DataSource } from 'typeorm';
import { RepeatableJob } from '../jobs/repeatable-job';

/**
 * The heartbeat travels through the job queue, so a fresh beat proves that a worker really takes
 * jobs off the queue, not merely that its process is alive. Readiness reads the newest beat.
 */
@Injectable()
export class WorkerHeartbeatService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHeartbeatService.name);
  private readonly workerId = `${hostname()}:${process.pid}`;
  private readonly startedAt = new Date();
  private job?: RepeatableJob;

  constructor(
    private readonly queues: QueueFactory,
    private readonly dataSource: DataSource,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.job = new RepeatableJob(
      this.queues,
      {
        queueName: 'maintenance',
        schedulerId: 'worker-heartbeat',
        jobName: 'heartbeat',
        everyMs: this.config.worker.heartbeatIntervalMs,
        run: () => this.beat(),
      },
      this.logger,
    );
    await this.job.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job?.stop();
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
