import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Jobs derived from events. `job_dispatches` is filled in the dispatcher's batch transaction (so it
 * is exactly what the log implies) and is also the inbox: a handler marks its row done in the same
 * transaction as its effect, so a job delivered twice has its effect once. Jobs lost by the queue
 * (Redis restart, FLUSHALL) are found pending and enqueued again.
 */
export class JobTables1795900000001 implements MigrationInterface {
  name = 'JobTables1795900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE job_dispatches (
        handler         text        NOT NULL,
        event_id        uuid        NOT NULL,
        global_position bigint      NOT NULL,
        stream_id       text        NOT NULL,
        event_type      text        NOT NULL,
        status          text        NOT NULL DEFAULT 'pending'
                                    CHECK (status IN ('pending', 'done', 'dead')),
        created_at      timestamptz NOT NULL DEFAULT now(),
        enqueued_at     timestamptz,
        done_at         timestamptz,
        PRIMARY KEY (handler, event_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX job_dispatches_pending ON job_dispatches (enqueued_at NULLS FIRST)
        WHERE status = 'pending'`,
    );
    await queryRunner.query(`
      CREATE TABLE dead_letter_jobs (
        handler   text        NOT NULL,
        event_id  uuid        NOT NULL,
        job_id    text        NOT NULL,
        attempts  integer     NOT NULL,
        error     text        NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (handler, event_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE notifications (
        id                uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_agency  text        NOT NULL,
        recipient_country text        NOT NULL,
        case_id           text        NOT NULL,
        event_id          uuid        NOT NULL,
        kind              text        NOT NULL,
        created_at        timestamptz NOT NULL DEFAULT now(),
        read_at           timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX notifications_recipient ON notifications (recipient_country, recipient_agency, created_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notifications, dead_letter_jobs, job_dispatches`);
  }
}
