import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Filing a country's treaty reports is a duty an administrator gives to named officers (national
 * focal points), not something every customs officer or prosecutor may do. Existing accounts start
 * without it: an administrator designates the focal points after the upgrade.
 */
export class UserFocalPoints1796700000000 implements MigrationInterface {
  name = 'UserFocalPoints1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE users ADD COLUMN focal_point boolean NOT NULL DEFAULT false',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE users DROP COLUMN focal_point');
  }
}
