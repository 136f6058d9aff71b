import { Global, Module } from '@nestjs/common';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '@greenchain/platform';
import { domainEventCatalogue } from '@greenchain/domain';
import { EventStore } from '@greenchain/event-store';
import { DataSource } from 'typeorm';
import { ClearPersonalFields } from './clear-personal-fields';

/** One EventStore per process, on the TypeORM data source, able to encrypt personal values. */
@Global()
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
    ClearPersonalFields,
  ],
  exports: [EventStore, ClearPersonalFields],
})
export class EventStoreModule {}
