import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '../config/greenchain-config';

/** Commands are accepted only while a worker turns events into read models and jobs. */
@Injectable()
export class WorkerHeartbeatHealth {
  constructor(
    private readonly dataSource: DataSource,
    private readonly indicators: HealthIndicatorService,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
  ) {}

  async check() {
    const indicator = this.indicators.check('worker');
    try {
      const [row] = await this.dataSource.query<{ age_ms: number | null }[]>(
        `SELECT (extract(epoch FROM now() - max(beat_at)) * 1000)::float8 AS age_ms
           FROM worker_heartbeats`,
      );
      const ageMs = row?.age_ms ?? null;
      const staleAfterMs = this.config.worker.heartbeatStaleMs;
      if (ageMs !== null && ageMs <= staleAfterMs) return indicator.up({ lastBeatMsAgo: ageMs });
      return indicator.down({ lastBeatMsAgo: ageMs, staleAfterMs });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
