import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Users and worker heartbeats: plain tables, not event-sourced (see docs/adr). */
export class PlatformTables1764300000000 implements MigrationInterface {
  name = 'PlatformTables1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY,
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('customs', 'prosecutor', 'judiciary', 'analyst', 'admin')),
        country char(2),
        agency text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);
    await queryRunner.query(`
      CREATE TABLE worker_heartbeats (
        worker_id text PRIMARY KEY,
        host text NOT NULL,
        pid integer NOT NULL,
        started_at timestamptz NOT NULL,
        beat_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE worker_heartbeats');
    await queryRunner.query('DROP TABLE users');
  }
}
