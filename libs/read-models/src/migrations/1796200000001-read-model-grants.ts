import { appRoleName } from '@greenchain/event-store';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the runtime role may do on the worker's own tables, statement by statement of the code:
 * projection status and job rows are updated in place, dead letters are deleted when retried. No
 * table is ever truncated, and none of these rows is deleted otherwise.
 */
export class ReadModelGrants1796200000001 implements MigrationInterface {
  name = 'ReadModelGrants1796200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE ON projection_status, job_dispatches, notifications,
         webhook_subscriptions, file_jobs TO ${appRoleName}`,
    );
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON dead_letter_jobs TO ${appRoleName}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `REVOKE ALL ON projection_status, job_dispatches, notifications, webhook_subscriptions,
         file_jobs, dead_letter_jobs FROM ${appRoleName}`,
    );
  }
}
