import { Module } from '@nestjs/common';
import { WorkerHeartbeatService } from './heartbeat/worker-heartbeat.service';

/** The background process: turns the event log into read models and jobs (projections, reactors, jobs). */
@Module({ providers: [WorkerHeartbeatService] })
export class WorkerModule {}
