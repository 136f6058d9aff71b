import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook signing secrets sealed with a key derived from the master key (WebhookSecrets), instead
 * of in clear; disabling and rotation recorded. A row written before this keeps its clear secret,
 * which deliveries still use, until its secret is rotated.
 */
export class WebhookSecretSealed1795920000001 implements MigrationInterface {
  name = 'WebhookSecretSealed1795920000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE webhook_subscriptions
        ALTER COLUMN secret DROP NOT NULL,
        ADD COLUMN secret_sealed bytea,
        ADD COLUMN created_by text,
        ADD COLUMN disabled_at timestamptz,
        ADD COLUMN secret_rotated_at timestamptz,
        ADD CONSTRAINT webhook_subscriptions_has_secret
          CHECK (secret IS NOT NULL OR secret_sealed IS NOT NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE webhook_subscriptions
        DROP CONSTRAINT webhook_subscriptions_has_secret,
        DROP COLUMN secret_rotated_at,
        DROP COLUMN disabled_at,
        DROP COLUMN created_by,
        DROP COLUMN secret_sealed`);
  }
}
