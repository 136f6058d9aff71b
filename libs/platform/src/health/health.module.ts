import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DatabaseHealth } from './database.health';
import { HealthController } from './health.controller';
import { QueueHealth } from './queue.health';
import { WorkerHeartbeatHealth } from './worker-heartbeat.health';

@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [DatabaseHealth, QueueHealth, WorkerHeartbeatHealth],
})
export class HealthModule {}
