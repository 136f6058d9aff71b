import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { RecordsModule } from '../records/records.module';
import { CaseCommandHandler } from './case-command.handler';
import { CaseCommandsController } from './case-commands.controller';
import { CaseQueriesController } from './case-queries.controller';
import { CaseList } from './case-list.service';
import { CaseReader } from './case-reader.service';
import { CaseRecords } from './case-records.service';

@Module({
  imports: [CqrsModule, PersonalDataModule, RecordsModule],
  controllers: [CaseCommandsController, CaseQueriesController],
  providers: [CaseRecords, CaseReader, CaseList, CaseCommandHandler],
  exports: [CaseRecords],
})
export class CasesModule {}
