import { appRoleName } from '@greenchain/event-store';
import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * What the runtime role may do on the platform's tables, statement by statement of the code. The
 * personal-data access log is written only: the application can neither read nor rewrite who
 * read whose data. Users and refresh tokens are never deleted (accounts are deactivated, tokens
 * revoked); idempotency records are, when they expire or their request fails. Reading TypeORM's
 * `migrations` table lets a process started without the owner's URL check that none is pending.
 */
export class PlatformGrants1796200000100 implements MigrationInterface {
  name = 'PlatformGrants1796200000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE ON users, worker_heartbeats, refresh_tokens TO ${appRoleName}`,
    );
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON idempotent_requests TO ${appRoleName}`,
    );
    await queryRunner.query(`GRANT INSERT ON personal_data_access_log TO ${appRoleName}`);
    await queryRunner.query(`GRANT SELECT ON migrations TO ${appRoleName}`);
    await queryRunner.query(
      `GRANT USAGE ON SEQUENCE personal_data_access_log_id_seq TO ${appRoleName}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `REVOKE ALL ON users, worker_heartbeats, refresh_tokens, idempotent_requests,
         personal_data_access_log, migrations FROM ${appRoleName}`,
    );
    await queryRunner.query(
      `REVOKE ALL ON SEQUENCE personal_data_access_log_id_seq FROM ${appRoleName}`,
    );
  }
}
