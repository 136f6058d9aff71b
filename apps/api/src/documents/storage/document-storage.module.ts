import { Module } from '@nestjs/common';
import { DocumentObjects, GREENCHAIN_CONFIG, type GreenchainConfig } from '@greenchain/platform';
import { DataSource } from 'typeorm';
import { DocumentBlobCatalogue } from './document-blob-catalogue';
import { DocumentIntegrity } from './document-integrity.service';
import { DOCUMENT_STORAGE, type DocumentStorage } from './document-storage';
import { PostgresDocumentStorage } from './postgres-document-storage';
import { S3DocumentStorage } from './s3-document-storage';

/** The backend DOCUMENT_STORAGE names; the catalogue of blobs is in PostgreSQL for both. */
function documentStorageOf(
  config: GreenchainConfig,
  dataSource: DataSource,
  catalogue: DocumentBlobCatalogue,
): DocumentStorage {
  const { storage } = config.documents;
  if (storage.kind === 'postgres') return new PostgresDocumentStorage(dataSource, catalogue);
  return new S3DocumentStorage(dataSource, catalogue, new DocumentObjects(storage));
}

/**
 * The storage of attached files, apart from the routes, so that the case integrity check and
 * erasure reach it without depending on the documents' API.
 */
@Module({
  providers: [
    DocumentBlobCatalogue,
    {
      provide: DOCUMENT_STORAGE,
      inject: [GREENCHAIN_CONFIG, DataSource, DocumentBlobCatalogue],
      useFactory: documentStorageOf,
    },
    DocumentIntegrity,
  ],
  exports: [DOCUMENT_STORAGE, DocumentIntegrity],
})
export class DocumentStorageModule {}
