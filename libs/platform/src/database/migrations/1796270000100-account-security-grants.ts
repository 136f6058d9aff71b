import { appRoleName } from '@greenchain/event-store';
import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * What the runtime role may do on the tables of sessions, sign-in throttling, reset links and
 * second factors, statement by statement of the code. Sessions are ended, never deleted, so the
 * list of a user's sign-ins stays. Reset links are spent by deleting them; a factor that is turned
 * off, recovery codes that are replaced, spent challenges and expired counters are deleted.
 */
export class AccountSecurityGrants1796270000100 implements MigrationInterface {
  name = 'AccountSecurityGrants1796270000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON sessions TO ${appRoleName}`);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limits, password_reset_links, second_factors,
         second_factor_recovery_codes, second_factor_challenges TO ${appRoleName}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `REVOKE ALL ON sessions, rate_limits, password_reset_links, second_factors,
         second_factor_recovery_codes, second_factor_challenges FROM ${appRoleName}`,
    );
  }
}
