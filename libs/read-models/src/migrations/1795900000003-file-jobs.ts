import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imports and exports the console starts and follows: the request and the file live here (a job
 * payload carries the id only), with progress, the result and the produced file.
 */
export class FileJobs1795900000003 implements MigrationInterface {
  name = 'FileJobs1795900000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE file_jobs (
        id           uuid        PRIMARY KEY,
        kind         text        NOT NULL CHECK (kind IN ('seizure_import', 'case_export')),
        status       text        NOT NULL DEFAULT 'pending'
                                 CHECK (status IN ('pending', 'running', 'done', 'failed')),
        progress     integer     NOT NULL DEFAULT 0,
        request      jsonb       NOT NULL,
        input        bytea,
        output       bytea,
        result       jsonb,
        error        text,
        requested_by text        NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        enqueued_at  timestamptz,
        updated_at   timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE file_jobs`);
  }
}
