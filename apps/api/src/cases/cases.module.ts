import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DocumentStorageModule } from '../documents/storage/document-storage.module';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { RecordsModule } from '../records/records.module';
import { CaseCommandHandler } from './case-command.handler';
import { CaseQueriesController } from './case-queries.controller';
import { CaseList } from './case-list.service';
import { CaseReader } from './case-reader.service';
import { CaseRecords } from './case-records.service';
import { ClosingCommandsController } from './closing-commands.controller';
import { CourtCommandsController } from './court-commands.controller';
import { DetectionCommandsController } from './detection-commands.controller';
import { ProsecutionCommandsController } from './prosecution-commands.controller';

@Module({
  imports: [CqrsModule, DocumentStorageModule, PersonalDataModule, RecordsModule],
  controllers: [
    DetectionCommandsController,
    ProsecutionCommandsController,
    CourtCommandsController,
    ClosingCommandsController,
    CaseQueriesController,
  ],
  providers: [CaseRecords, CaseReader, CaseList, CaseCommandHandler],
  exports: [CaseRecords, CaseReader],
})
export class CasesModule {}
