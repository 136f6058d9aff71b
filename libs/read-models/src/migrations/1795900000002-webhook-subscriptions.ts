import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Where an office wants its case outcomes pushed, and the secret its deliveries are signed with. */
export class WebhookSubscriptions1795900000002 implements MigrationInterface {
  name = 'WebhookSubscriptions1795900000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE webhook_subscriptions (
        id         uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        agency     text        NOT NULL,
        country    text        NOT NULL,
        url        text        NOT NULL,
        secret     text        NOT NULL,
        active     boolean     NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX webhook_subscriptions_office ON webhook_subscriptions (country, agency)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE webhook_subscriptions`);
  }
}
