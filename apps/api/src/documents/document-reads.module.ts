import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { DocumentReader } from './document-reader.service';
import { DocumentStorageModule } from './storage/document-storage.module';

/**
 * The files of a case as a reader may see them, apart from the documents' routes: the exhibit's
 * custody record lists its files, and the documents' routes depend on the exhibits.
 */
@Module({
  imports: [CasesModule, PersonalDataModule, DocumentStorageModule],
  providers: [DocumentReader],
  exports: [DocumentReader],
})
export class DocumentReadsModule {}
