import { Controller, Get, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@greenchain/platform';
import { type Response } from 'express';
import { ApiMetrics } from './api-metrics';
import { MetricsAccessGuard } from './metrics-access.guard';

/**
 * Prometheus scrape endpoint, outside /api like the health checks and, like them, not part of the
 * API's contract (no OpenAPI). Administrators, or a scraper with METRICS_TOKEN: see
 * docs/adr/0008-idempotency-metrics-and-wake-ups.md. Public to the global guard, which knows only
 * access tokens; MetricsAccessGuard decides.
 */
@ApiExcludeController()
@Controller('metrics')
@Public()
@UseGuards(MetricsAccessGuard)
export class MetricsController {
  constructor(private readonly metrics: ApiMetrics) {}

  @Get()
  async scrape(@Res({ passthrough: true }) response: Response): Promise<string> {
    response.setHeader('Content-Type', this.metrics.contentType);
    response.setHeader('Cache-Control', 'no-store');
    return this.metrics.scrape();
  }
}
