import { appRoleName } from '@greenchain/event-store';
import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The runtime role writes the personal-data read log but may neither read nor delete it. Its
 * retention job removes expired entries through this function of the owner, which deletes only
 * entries older than the cutoff and refuses a cutoff less than 30 days back (the shortest
 * retention the configuration accepts): a stolen runtime connection cannot empty the log of
 * recent reads.
 */
export class AccessLogPurge1796270000000 implements MigrationInterface {
  name = 'AccessLogPurge1796270000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION purge_personal_data_access_log(cutoff timestamptz, max_rows integer)
      RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
      AS $$
      DECLARE removed integer;
      BEGIN
        IF cutoff > now() - interval '30 days' THEN
          RAISE EXCEPTION 'the personal-data read log is kept at least 30 days';
        END IF;
        DELETE FROM personal_data_access_log
         WHERE id IN (SELECT id FROM personal_data_access_log
                       WHERE accessed_at < cutoff ORDER BY accessed_at LIMIT max_rows);
        GET DIAGNOSTICS removed = ROW_COUNT;
        RETURN removed;
      END $$`);
    await queryRunner.query(
      `REVOKE ALL ON FUNCTION purge_personal_data_access_log(timestamptz, integer) FROM PUBLIC`,
    );
    await queryRunner.query(
      `GRANT EXECUTE ON FUNCTION purge_personal_data_access_log(timestamptz, integer) TO ${appRoleName}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION purge_personal_data_access_log(timestamptz, integer)`);
  }
}
