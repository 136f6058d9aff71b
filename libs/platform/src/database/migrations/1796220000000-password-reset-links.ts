import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Password reset links an administrator issues. One row per user: a newer link replaces the older
 * one, so only the latest works. The token is 256 random bits stored only as its SHA-256 (a leaked
 * table opens no account); using it deletes the row, so it works once.
 */
export class PasswordResetLinks1796220000000 implements MigrationInterface {
  name = 'PasswordResetLinks1796220000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE password_reset_links (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        issued_by uuid NOT NULL REFERENCES users (id),
        issued_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE password_reset_links');
  }
}
