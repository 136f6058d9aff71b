import { Controller, Get, Inject, Logger, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, type HealthCheckResult } from '@nestjs/terminus';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '../config/greenchain-config';
import { Public } from '../http/public.decorator';
import { ProblemException } from '../http/problem.exception';
import { DatabaseHealth } from './database.health';
import { ProjectionLagHealth } from './projection-lag.health';
import { QueueHealth } from './queue.health';
import { WorkerHeartbeatHealth } from './worker-heartbeat.health';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Health');

  constructor(
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
    private readonly health: HealthCheckService,
    private readonly database: DatabaseHealth,
    private readonly queue: QueueHealth,
    private readonly worker: WorkerHeartbeatHealth,
    private readonly projections: ProjectionLagHealth,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'The process is up (no dependency is checked).' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({
    summary:
      'The database, the queues and a worker answer, with no setting that loses work; 503 otherwise.',
    description:
      'Outside production the answer names each check; in production only the status (the details go to the log).',
  })
  async ready(): Promise<HealthCheckResult | { status: 'ok' }> {
    try {
      const result = await this.health.check([
        () => this.database.check(),
        () => this.queue.check(),
        () => this.worker.check(),
        () => this.projections.check(),
      ]);
      return this.config.http.healthDetails ? result : { status: 'ok' };
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const { details } = error.getResponse() as HealthCheckResult;
      this.logger.warn({ checks: details }, 'not ready');
      const extensions = this.config.http.healthDetails ? { checks: details } : {};
      throw new ProblemException(
        503,
        'health/not-ready',
        'A dependency is down.',
        undefined,
        [],
        extensions,
      );
    }
  }
}
