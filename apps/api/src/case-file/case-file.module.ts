import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { DocumentReadsModule } from '../documents/document-reads.module';
import { DocumentsModule } from '../documents/documents.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { CaseFileController } from './case-file.controller';
import { CaseFiles } from './case-file.service';

/** A case's file for a court: everything the reader may see of it, in one archive. */
@Module({
  imports: [CasesModule, EvidenceModule, DocumentReadsModule, DocumentsModule],
  controllers: [CaseFileController],
  providers: [CaseFiles],
})
export class CaseFileModule {}
