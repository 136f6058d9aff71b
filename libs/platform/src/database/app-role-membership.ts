import { appRoleName } from '@greenchain/event-store';
import { escapeIdentifier } from 'pg';
import type { QueryRunner } from 'typeorm';

/**
 * Makes the runtime login role a member of `greenchain_app`, the role every migration grants
 * the application's privileges to. Run by the migration step on every start, so that a new or
 * renamed runtime role (DATABASE_APP_ROLE) gets them on an existing database as well. Needs the
 * migration role to hold ADMIN OPTION on `greenchain_app` (or CREATEROLE); a membership already
 * in place (granted by a superuser) needs nothing.
 */
export async function grantAppRoleMembership(runner: QueryRunner, appRole: string): Promise<void> {
  const [membership] = (await runner.query(
    `SELECT r.oid IS NOT NULL AS role_exists,
            r.oid IS NOT NULL AND pg_has_role(r.oid, $2::regrole, 'MEMBER') AS is_member
       FROM (SELECT $1::text AS name) wanted LEFT JOIN pg_roles r ON r.rolname = wanted.name`,
    [appRole, appRoleName],
  )) as { role_exists: boolean; is_member: boolean }[];
  if (!membership?.role_exists) {
    throw new Error(
      `The runtime role "${appRole}" (DATABASE_APP_ROLE, or the user of DATABASE_URL) does not exist: create it first (README, "Database roles").`,
    );
  }
  if (membership.is_member) return;
  try {
    await runner.query(`GRANT ${appRoleName} TO ${escapeIdentifier(appRole)}`);
  } catch (error) {
    throw new Error(
      `The migration role cannot make "${appRole}" a member of ${appRoleName}: as a superuser, run ` +
        `GRANT ${appRoleName} TO ${escapeIdentifier(appRole)}; or give the migration role ADMIN OPTION ` +
        `on ${appRoleName} (README, "Database roles"). ${(error as Error).message}`,
      { cause: error },
    );
  }
}
