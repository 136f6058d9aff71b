import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRoleName } from './1795824000002-append-only-events';

/**
 * Keys that must be unique across streams (a case reference within its agency), each naming the
 * stream that holds it; claimed in the transaction of that stream's append.
 */
export class UniqueKeys1795824000100 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE unique_keys (
        scope       text        NOT NULL,
        key         text        NOT NULL,
        stream_id   text        NOT NULL,
        claimed_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, key)
      )`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON unique_keys TO ${appRoleName}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE unique_keys`);
  }
}
