import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, type HealthCheckResult } from '@nestjs/terminus';
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
  constructor(
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
  @ApiOperation({ summary: 'The database, the queues and a worker answer; 503 otherwise.' })
  async ready(): Promise<HealthCheckResult> {
    try {
      return await this.health.check([
        () => this.database.check(),
        () => this.queue.check(),
        () => this.worker.check(),
        () => this.projections.check(),
      ]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const result = error.getResponse() as HealthCheckResult;
      throw new ProblemException(503, 'health/not-ready', 'A dependency is down.', undefined, [], {
        checks: result.details,
      });
    }
  }
}
