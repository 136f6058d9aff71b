import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The worker removes personal-data read log entries older than their retention
 * (PERSONAL_DATA_ACCESS_LOG_RETENTION_DAYS): an index on the time lets it find them without
 * reading the whole log.
 */
export class AccessLogRetentionIndex1796260000000 implements MigrationInterface {
  name = 'AccessLogRetentionIndex1796260000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX personal_data_access_log_accessed_at ON personal_data_access_log (accessed_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX personal_data_access_log_accessed_at');
  }
}
