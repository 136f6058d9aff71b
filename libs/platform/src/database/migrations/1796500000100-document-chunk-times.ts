import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * When each chunk of a file was written, so that chunks of an upload that never became a blob (a
 * process killed mid-upload, a connection lost) can be swept once they are older than any upload
 * could still be running. Chunks written before this migration count as written now: they get the
 * whole grace period again.
 */
export class DocumentChunkTimes1796500000100 implements MigrationInterface {
  name = 'DocumentChunkTimes1796500000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE document_chunks ADD COLUMN written_at timestamptz NOT NULL DEFAULT now()',
    );
    await queryRunner.query(
      'CREATE INDEX document_chunks_written_at ON document_chunks (written_at)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE document_chunks DROP COLUMN written_at');
  }
}
