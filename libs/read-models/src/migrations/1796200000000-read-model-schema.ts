import { appRoleName } from '@greenchain/event-store';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The schema of the projection tables, the one place the runtime role may create tables in. */
export const readModelSchema = 'read_models';

/**
 * Projection tables move to the `read_models` schema (ADR 0010): the runtime role creates and drops
 * each generation's tables there, and owns nothing else. The public views readers query stay in
 * `public`, owned by the migration role; the runner switches them through
 * `switch_projection_view`, which runs as that owner and can only point a view of `public` at a
 * table of `read_models`. The views are security_invoker, so a reader needs SELECT on the table
 * itself, as if it read the table.
 *
 * The tables and views of earlier versions lived in `public`, owned by whoever ran the
 * application; they are dropped, with their status and checkpoints, and each runner builds its
 * read model again from the event log on its next start (the lists fill up as it catches up).
 */
export class ReadModelSchema1796200000000 implements MigrationInterface {
  name = 'ReadModelSchema1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA ${readModelSchema}`);
    await queryRunner.query(`GRANT USAGE, CREATE ON SCHEMA ${readModelSchema} TO ${appRoleName}`);
    await queryRunner.query(`
      CREATE FUNCTION switch_projection_view(p_view text, p_table text) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      DECLARE
        v_kind "char";
        v_owner oid;
      BEGIN
        IF p_view !~ '^[a-z][a-z0-9_]{0,62}$' OR p_table !~ '^rm_[a-z0-9_]+_g[0-9]+$' THEN
          RAISE EXCEPTION 'not a projection view and table: %, %', p_view, p_table
            USING ERRCODE = '22023';
        END IF;
        IF to_regclass(format('${readModelSchema}.%I', p_table)) IS NULL THEN
          RAISE EXCEPTION 'no table ${readModelSchema}.%', p_table USING ERRCODE = '42P01';
        END IF;
        SELECT c.relkind, c.relowner INTO v_kind, v_owner
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relname = p_view;
        IF FOUND THEN
          -- Only a view this function made: never a table, nor another role's object.
          IF v_kind <> 'v' OR v_owner <> current_user::regrole THEN
            RAISE EXCEPTION 'public.% is not a projection view', p_view USING ERRCODE = '42809';
          END IF;
          EXECUTE format('DROP VIEW public.%I', p_view);
        END IF;
        EXECUTE format(
          'CREATE VIEW public.%I WITH (security_invoker = true) AS SELECT * FROM ${readModelSchema}.%I',
          p_view, p_table);
        EXECUTE format('GRANT SELECT ON public.%I TO ${appRoleName}', p_view);
      END $$`);
    await queryRunner.query(
      `REVOKE EXECUTE ON FUNCTION switch_projection_view(text, text) FROM PUBLIC`,
    );
    await queryRunner.query(
      `GRANT EXECUTE ON FUNCTION switch_projection_view(text, text) TO ${appRoleName}`,
    );
    await dropPublicProjectionTables(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION switch_projection_view(text, text)`);
    // The earlier code builds its tables in public again, from the log.
    await forgetProjections(queryRunner);
    await queryRunner.query(`DROP SCHEMA ${readModelSchema} CASCADE`);
  }
}

async function dropPublicProjectionTables(queryRunner: QueryRunner): Promise<void> {
  const tables = (await queryRunner.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename ~ '^rm_[a-z0-9_]+_g[0-9]+$'`,
  )) as { tablename: string }[];
  // CASCADE takes the views that read them. The names match the pattern above: no quoting needed.
  for (const { tablename } of tables) {
    await queryRunner.query(`DROP TABLE public.${tablename} CASCADE`);
  }
  await forgetProjections(queryRunner);
}

async function forgetProjections(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(
    `DELETE FROM checkpoints WHERE subscription_id IN
       (SELECT 'projection:' || name || ':g' || g
          FROM projection_status, LATERAL (VALUES (generation), (building_generation)) AS gs(g)
         WHERE g IS NOT NULL)`,
  );
  await queryRunner.query(`DELETE FROM projection_status`);
}
