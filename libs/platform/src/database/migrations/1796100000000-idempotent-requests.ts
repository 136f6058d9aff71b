import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Idempotency-Key for the POSTs that are not event-store commands (user creation, erasure,
 * sign-in, refresh, logout, files, operations): the first response of each key, sealed. The key is
 * a keyed hash of its owner (user or credential) and the client's key, so the table names nobody;
 * the response is AES-256-GCM under a key derived from the owner's credential or the master key.
 */
export class IdempotentRequests1796100000000 implements MigrationInterface {
  name = 'IdempotentRequests1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE idempotent_requests (
        key_hash bytea PRIMARY KEY,
        request_hash bytea NOT NULL,
        salt bytea NOT NULL,
        response bytea,
        created_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX idempotent_requests_created ON idempotent_requests (created_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE idempotent_requests');
  }
}
