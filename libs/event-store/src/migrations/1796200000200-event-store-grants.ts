import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRoleName } from './1795824000002-append-only-events';

/**
 * The runtime role's event-store rights, to what the code does: a projection switching to a new
 * generation deletes the old generation's checkpoint; a processed command is only ever inserted.
 * Events stay INSERT and SELECT only (AppendOnlyEvents).
 */
export class EventStoreGrants1796200000200 implements MigrationInterface {
  name = 'EventStoreGrants1796200000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT DELETE ON checkpoints TO ${appRoleName}`);
    await queryRunner.query(`REVOKE UPDATE ON processed_commands FROM ${appRoleName}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT UPDATE ON processed_commands TO ${appRoleName}`);
    await queryRunner.query(`REVOKE DELETE ON checkpoints FROM ${appRoleName}`);
  }
}
