import { appRoleName } from '@greenchain/event-store';
import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Resumable uploads for poor connections: a session per file, opened on a case by its sender, its
 * bytes received in ranges and kept here until it is completed (then they stream into the
 * document storage, whichever backend) or expires (then the worker's upload sweep removes it with
 * its ranges). After completion the row keeps the stored file's facts, so a repeated completion
 * records nothing new.
 */
export class DocumentUploadSessions1796900000000 implements MigrationInterface {
  name = 'DocumentUploadSessions1796900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE document_upload_sessions (
        session_id uuid PRIMARY KEY,
        case_id text NOT NULL,
        user_id text NOT NULL,
        size bigint NOT NULL CHECK (size > 0),
        received bigint NOT NULL DEFAULT 0 CHECK (received >= 0 AND received <= size),
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sha256 text,
        detected_type text
      )`);
    await queryRunner.query(
      'CREATE INDEX document_upload_sessions_expires_at ON document_upload_sessions (expires_at)',
    );
    await queryRunner.query(`
      CREATE TABLE document_upload_ranges (
        session_id uuid NOT NULL REFERENCES document_upload_sessions (session_id) ON DELETE CASCADE,
        start_at bigint NOT NULL CHECK (start_at >= 0),
        bytes bytea NOT NULL,
        PRIMARY KEY (session_id, start_at)
      )`);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON document_upload_sessions TO ${appRoleName}`,
    );
    await queryRunner.query(
      `GRANT SELECT, INSERT, DELETE ON document_upload_ranges TO ${appRoleName}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE document_upload_ranges, document_upload_sessions');
  }
}
