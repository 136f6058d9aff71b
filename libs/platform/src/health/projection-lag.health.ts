import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { projectionLags } from '@greenchain/read-models';
import { DataSource } from 'typeorm';

/**
 * Readiness fails when a projection stopped on a failing event or its oldest unapplied event is
 * older than this: reads would show a stale picture. A rebuild in progress is reported, not failed.
 */
export const projectionLagThresholdMs = 30_000;

@Injectable()
export class ProjectionLagHealth {
  constructor(
    private readonly dataSource: DataSource,
    private readonly indicators: HealthIndicatorService,
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
      const unhealthy = lags.filter(
        (lag) =>
          lag.status === 'failed' ||
          (lag.status === 'active' && lag.lagMs > projectionLagThresholdMs),
      );
      if (unhealthy.length === 0) return indicator.up(details);
      return indicator.down({ ...details, thresholdMs: projectionLagThresholdMs });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
