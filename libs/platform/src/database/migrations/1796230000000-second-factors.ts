import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * TOTP second factors. The secret is sealed (AES-256-GCM under a key derived from the master key),
 * never stored in clear; `last_used_step` is the newest time step whose code was accepted, so a
 * code is never accepted twice; wrong codes in a row lock the factor for a while. Recovery codes are kept as keyed hashes, each used once. A sign-in
 * challenge is stored as the SHA-256 of its 256 random bits and counts wrong codes.
 */
export class SecondFactors1796230000000 implements MigrationInterface {
  name = 'SecondFactors1796230000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE second_factors (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        secret_sealed bytea NOT NULL,
        confirmed_at timestamptz,
        last_used_step bigint,
        failed_attempts integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE second_factor_recovery_codes (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        code_hash bytea NOT NULL,
        used_at timestamptz,
        PRIMARY KEY (user_id, code_hash)
      )`);
    await queryRunner.query(`
      CREATE TABLE second_factor_challenges (
        token_hash bytea PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL,
        failed_attempts integer NOT NULL DEFAULT 0,
        ended_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX second_factor_challenges_user ON second_factor_challenges (user_id, created_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE second_factor_challenges');
    await queryRunner.query('DROP TABLE second_factor_recovery_codes');
    await queryRunner.query('DROP TABLE second_factors');
  }
}
