import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { projectionLags } from '@greenchain/read-models';
import { DataSource } from 'typeorm';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '../config/greenchain-config';

/**
 * Readiness fails when a projection stopped on a failing event or its oldest unapplied event is
 * older than PROJECTION_LAG_THRESHOLD_MS: reads would show a stale picture. A rebuild in progress is
 * reported, not failed.
 */
@Injectable()
export class ProjectionLagHealth {
  constructor(
    private readonly dataSource: DataSource,
    private readonly indicators: HealthIndicatorService,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
  ) {}

  async check() {
    const indicator = this.indicators.check('projections');
    try {
      const lags = await projectionLags(this.dataSource);
      const details = Object.fromEntries(
        lags.map((lag) => [
          lag.name,
          { status: lag.status, lagMs: Math.round(lag.lagMs), behindEvents: lag.behindEvents },
        ]),
      );
      const thresholdMs = this.config.worker.projectionLagThresholdMs;
      const unhealthy = lags.filter(
        (lag) => lag.status === 'failed' || (lag.status === 'active' && lag.lagMs > thresholdMs),
      );
      if (unhealthy.length === 0) return indicator.up(details);
      return indicator.down({ ...details, thresholdMs });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
