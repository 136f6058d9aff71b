import { appRoleName } from '@greenchain/event-store';
import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The bytes of files attached to cases, in PostgreSQL so the embedded database and every backup
 * hold them with the events that record them. A blob is addressed by its SHA-256 and never
 * changed: the runtime role may insert and read blobs, never update them. Its bytes are stored in
 * chunks under the upload that wrote them (the hash is known only at the end of the stream), and
 * deleted only when the blob is shredded on erasure or when an upload turns out to repeat a blob
 * already stored; the blob's row and hash stay, and the shred is recorded beside it.
 */
export class DocumentBlobs1796500000000 implements MigrationInterface {
  name = 'DocumentBlobs1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE document_chunks (
        upload_id uuid NOT NULL,
        seq integer NOT NULL CHECK (seq >= 0),
        bytes bytea NOT NULL,
        PRIMARY KEY (upload_id, seq)
      )`);
    await queryRunner.query(`
      CREATE TABLE document_blobs (
        sha256 bytea PRIMARY KEY CHECK (octet_length(sha256) = 32),
        size bigint NOT NULL CHECK (size > 0),
        backend text NOT NULL CHECK (backend IN ('postgres', 's3')),
        location text NOT NULL UNIQUE,
        chunk_count integer NOT NULL CHECK (chunk_count >= 0),
        stored_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE document_blob_shreds (
        sha256 bytea PRIMARY KEY REFERENCES document_blobs (sha256),
        subject_id text NOT NULL,
        shredded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`GRANT SELECT, INSERT ON document_blobs TO ${appRoleName}`);
    await queryRunner.query(`GRANT SELECT, INSERT ON document_blob_shreds TO ${appRoleName}`);
    await queryRunner.query(`GRANT SELECT, INSERT, DELETE ON document_chunks TO ${appRoleName}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE document_blob_shreds, document_blobs, document_chunks');
  }
}
