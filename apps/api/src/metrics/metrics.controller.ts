import { Controller, Get, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { type Response } from 'express';
import { AbilityGuard } from '../authorization/ability.guard';
import { Allow } from '../authorization/allow.decorator';
import { ApiMetrics } from './api-metrics';

/**
 * Prometheus scrape endpoint, outside /api like the health checks and, like them, not part of the
 * API's contract (no OpenAPI). Administrators only: see docs/adr/0008-idempotency-metrics-and-wake-ups.md.
 */
@ApiExcludeController()
@Controller('metrics')
@UseGuards(AbilityGuard)
@Allow('read', 'Metrics')
export class MetricsController {
  constructor(private readonly metrics: ApiMetrics) {}

  @Get()
  async scrape(@Res({ passthrough: true }) response: Response): Promise<string> {
    response.setHeader('Content-Type', this.metrics.contentType);
    response.setHeader('Cache-Control', 'no-store');
    return this.metrics.scrape();
  }
}
