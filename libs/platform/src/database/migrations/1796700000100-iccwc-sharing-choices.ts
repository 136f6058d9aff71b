import { appRoleName } from '@greenchain/event-store';
import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The CITES annual illegal trade report says, per Party and year, whether the Party objects to its
 * data going to the ICCWC partners. The default is shared, so a row exists only once a focal point
 * chose; a later choice replaces it, and each choice is also an entry of the security audit trail
 * (before and after), so the row holds the current answer and the trail its history.
 */
export class IccwcSharingChoices1796700000100 implements MigrationInterface {
  name = 'IccwcSharingChoices1796700000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE iccwc_sharing_choices (
        country char(2) NOT NULL,
        year integer NOT NULL,
        shared boolean NOT NULL,
        chosen_by uuid NOT NULL REFERENCES users (id),
        chosen_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (country, year)
      )`);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE ON iccwc_sharing_choices TO ${appRoleName}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE iccwc_sharing_choices');
  }
}
