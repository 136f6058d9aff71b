import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CasesModule } from '../cases/cases.module';
import { DocumentReadsModule } from '../documents/document-reads.module';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { RecordsModule } from '../records/records.module';
import { EvidenceCommandHandler } from './evidence-command.handler';
import { EvidenceCommandsController } from './evidence-commands.controller';
import { EvidenceQueriesController } from './evidence-queries.controller';
import { EvidenceReader } from './evidence-reader.service';
import { EvidenceList } from './evidence-list.service';
import { EvidenceRecords } from './evidence-records.service';

@Module({
  imports: [CqrsModule, CasesModule, PersonalDataModule, RecordsModule, DocumentReadsModule],
  controllers: [EvidenceCommandsController, EvidenceQueriesController],
  providers: [EvidenceRecords, EvidenceReader, EvidenceList, EvidenceCommandHandler],
  exports: [EvidenceRecords, EvidenceReader],
})
export class EvidenceModule {}
