import { Module } from '@nestjs/common';
import { DocumentIntegrity } from './document-integrity.service';
import { DOCUMENT_STORAGE } from './document-storage';
import { PostgresDocumentStorage } from './postgres-document-storage';

/**
 * The storage of attached files, apart from the routes, so that the case integrity check and
 * erasure reach it without depending on the documents' API.
 */
@Module({
  providers: [{ provide: DOCUMENT_STORAGE, useClass: PostgresDocumentStorage }, DocumentIntegrity],
  exports: [DOCUMENT_STORAGE, DocumentIntegrity],
})
export class DocumentStorageModule {}
