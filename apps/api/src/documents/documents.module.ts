import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CasesModule } from '../cases/cases.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { DocumentCommandsController } from './document-commands.controller';
import { DocumentDownloads } from './document-downloads.service';
import { DocumentQueriesController } from './document-queries.controller';
import { DocumentReadsModule } from './document-reads.module';
import { DocumentThumbnails } from './document-thumbnails.service';
import { DocumentTypes } from './document-types';
import { DocumentUploads } from './document-uploads.service';
import { DocumentUploadSessionsController } from './resumable/document-upload-sessions.controller';
import { UploadSessions } from './resumable/upload-sessions.service';
import { DocumentStorageModule } from './storage/document-storage.module';

@Module({
  imports: [
    CqrsModule,
    CasesModule,
    EvidenceModule,
    PersonalDataModule,
    DocumentStorageModule,
    DocumentReadsModule,
  ],
  controllers: [
    DocumentCommandsController,
    DocumentQueriesController,
    DocumentUploadSessionsController,
  ],
  providers: [
    DocumentTypes,
    DocumentUploads,
    DocumentDownloads,
    DocumentThumbnails,
    UploadSessions,
  ],
  exports: [DocumentDownloads],
})
export class DocumentsModule {}
