import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Sessions: one per sign-in, named by the access token's `sid` and checked on each request, so
 * signing out ends the access token too; `expires_at` is the absolute end however often it is
 * refreshed. A refresh token family is the session's id. Existing families become sessions that
 * end 12 hours after they began, as a new sign-in would.
 *
 * rate_limits is rate-limiter-flexible's PostgreSQL store (sign-in back-off and request limits)
 * when there is no Redis; its shape is the library's.
 */
export class SessionsAndRateLimits1796210000000 implements MigrationInterface {
  name = 'SessionsAndRateLimits1796210000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        user_agent text,
        client_address text
      )`);
    await queryRunner.query(`CREATE INDEX sessions_user ON sessions (user_id, created_at)`);
    await queryRunner.query(`
      INSERT INTO sessions (id, user_id, created_at, last_used_at, expires_at, revoked_at)
      SELECT family_id, (array_agg(user_id))[1], min(created_at), max(created_at),
             min(created_at) + interval '12 hours',
             CASE WHEN bool_and(revoked_at IS NOT NULL) THEN max(revoked_at) END
        FROM refresh_tokens GROUP BY family_id`);
    await queryRunner.query(`
      ALTER TABLE refresh_tokens ADD CONSTRAINT refresh_tokens_session
        FOREIGN KEY (family_id) REFERENCES sessions (id) ON DELETE CASCADE`);
    await queryRunner.query(`
      CREATE TABLE rate_limits (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE rate_limits');
    await queryRunner.query('ALTER TABLE refresh_tokens DROP CONSTRAINT refresh_tokens_session');
    await queryRunner.query('DROP TABLE sessions');
  }
}
