import { Module } from '@nestjs/common';
import { domainEventCatalogue } from '@greenchain/domain';
import { EventStore } from '@greenchain/event-store';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '@greenchain/platform';
import { DataSource } from 'typeorm';
import { AccessLogRetentionService } from '../jobs/access-log-retention.service';
import { DeadlineScanService } from '../jobs/deadline-scan.service';
import { FileJobsService } from '../jobs/file-jobs.service';
import { InterruptedUploadSweepService } from '../jobs/interrupted-upload-sweep.service';
import { JobDispatchService } from '../jobs/job-dispatch.service';
import { ProjectionRunnersService } from './projection-runners.service';

/** The read models and the jobs: runners fed from the event log, side effects through BullMQ. */
@Module({
  providers: [
    {
      provide: EventStore,
      inject: [DataSource, GREENCHAIN_CONFIG],
      useFactory: (dataSource: DataSource, config: GreenchainConfig) =>
        new EventStore({
          dataSource,
          masterKey: config.encryptionMasterKey,
          ...domainEventCatalogue,
        }),
    },
    ProjectionRunnersService,
    JobDispatchService,
    DeadlineScanService,
    FileJobsService,
    AccessLogRetentionService,
    InterruptedUploadSweepService,
  ],
  exports: [ProjectionRunnersService],
})
export class ProjectionsModule {}
