import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency-Key for POSTs that are not event-store commands (exports, imports, rebuilds,
 * retries): the first answer is kept per user and key, with a keyed hash of the request, so a
 * repeat replays it and the same key with another request is refused.
 */
export class IdempotentOperations1795910000001 implements MigrationInterface {
  name = 'IdempotentOperations1795910000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE idempotent_operations (
        user_id         text        NOT NULL,
        key             text        NOT NULL,
        request_hash    bytea       NOT NULL,
        response_status integer,
        response_body   jsonb,
        created_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE idempotent_operations`);
  }
}
