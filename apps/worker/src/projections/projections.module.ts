import { Module } from '@nestjs/common';
import { EventStore } from '@greenchain/event-store';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '@greenchain/platform';
import { DataSource } from 'typeorm';
import { ProjectionRunnersService } from './projection-runners.service';

/** The read models: one runner per projection, fed from the event log. */
@Module({
  providers: [
    {
      provide: EventStore,
      inject: [DataSource, GREENCHAIN_CONFIG],
      useFactory: (dataSource: DataSource, config: GreenchainConfig) =>
        new EventStore({ dataSource, masterKey: config.encryptionMasterKey }),
    },
    ProjectionRunnersService,
  ],
  exports: [ProjectionRunnersService],
})
export class ProjectionsModule {}
