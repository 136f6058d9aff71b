import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Who read whose personal data, and refresh tokens. Refresh tokens are stored as SHA-256 of
 * 256-bit random values (a leaked table grants nothing); a family is one sign-in, so reuse of a
 * rotated token revokes the whole family.
 */
export class ApiSecurityTables1796000000000 implements MigrationInterface {
  name = 'ApiSecurityTables1796000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE personal_data_access_log (
        id bigserial PRIMARY KEY,
        user_id uuid NOT NULL,
        user_role text NOT NULL,
        stream_id text NOT NULL,
        subject_id text NOT NULL,
        purpose text NOT NULL,
        accessed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX personal_data_access_log_subject ON personal_data_access_log (subject_id, accessed_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE refresh_tokens (
        token_hash bytea PRIMARY KEY,
        family_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id)`);
    await queryRunner.query(`CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE refresh_tokens');
    await queryRunner.query('DROP TABLE personal_data_access_log');
  }
}
