import { Module } from '@nestjs/common';
import { WorkerHeartbeatService } from './heartbeat/worker-heartbeat.service';
import { ProjectionsModule } from './projections/projections.module';

/** The background process: turns the event log into read models and jobs (projections, reactors, jobs). */
@Module({ imports: [ProjectionsModule], providers: [WorkerHeartbeatService] })
export class WorkerModule {}
