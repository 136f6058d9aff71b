import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DatabaseHealth } from './database.health';
import { HealthController } from './health.controller';
import { ProjectionLagHealth } from './projection-lag.health';
import { QueueHealth } from './queue.health';
import { WorkerHeartbeatHealth } from './worker-heartbeat.health';

@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [DatabaseHealth, QueueHealth, WorkerHeartbeatHealth, ProjectionLagHealth],
})
export class HealthModule {}
