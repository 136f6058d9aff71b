import { Client } from 'pg';

/** Where the runner keeps the projection tables the runtime role creates and owns. */
const readModelSchema = 'read_models';

interface RoleFacts {
  role: string;
  database: string;
  superuser: boolean;
  bypass_rls: boolean;
  create_role: boolean;
  owns_database: boolean;
  owned: string[] | null;
}

/**
 * What makes the runtime connection's role more than the application needs, in words for the
 * operator; empty when it owns nothing outside the projection tables. "Owns" includes membership
 * of the owner (pg_has_role … 'USAGE'), which grants the owner's rights. Production refuses to
 * start on any of these: a stolen runtime connection could otherwise rewrite the event log.
 */
export async function runtimeRoleProblems(databaseUrl: string): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<RoleFacts>(
      `SELECT r.rolname AS role, d.datname AS database, r.rolsuper AS superuser,
              r.rolbypassrls AS bypass_rls, r.rolcreaterole AS create_role,
              pg_has_role(d.datdba, 'USAGE') AS owns_database,
              (SELECT array_agg(name ORDER BY name) FROM (
                 SELECT n.nspname || '.' || c.relname AS name
                   FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE ${userSchema('n')} AND pg_has_role(c.relowner, 'USAGE')
                 UNION ALL
                 SELECT n.nspname || '.' || p.proname || '()'
                   FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                  WHERE ${userSchema('n')} AND pg_has_role(p.proowner, 'USAGE')
                 UNION ALL
                 SELECT 'schema ' || n.nspname FROM pg_namespace n
                  WHERE ${userSchema('n')} AND pg_has_role(n.nspowner, 'USAGE')
                 LIMIT 5) owned) AS owned
         FROM pg_roles r JOIN pg_database d ON d.datname = current_database()
        WHERE r.rolname = current_user`,
      [readModelSchema],
    );
    const [facts] = rows;
    return facts ? problemsOf(facts) : ['the role of this connection is not in pg_roles'];
  } finally {
    await client.end();
  }
}

/** Schemas of the application's objects: not the system's, not the projection tables'. */
function userSchema(alias: string): string {
  return `${alias}.nspname <> $1 AND ${alias}.nspname <> 'information_schema'
          AND ${alias}.nspname NOT LIKE 'pg\\_%'`;
}

function problemsOf(facts: RoleFacts): string[] {
  const role = `role "${facts.role}"`;
  // A superuser passes every other check: saying so is enough.
  if (facts.superuser) return [`${role} is a superuser`];
  return [
    facts.bypass_rls ? `${role} has BYPASSRLS` : undefined,
    facts.create_role ? `${role} has CREATEROLE, so it could grant itself any role` : undefined,
    facts.owns_database
      ? `${role} owns the database "${facts.database}" (or is a member of its owner)`
      : undefined,
    facts.owned?.length
      ? `${role} owns (or is a member of the owner of) ${facts.owned.join(', ')}`
      : undefined,
  ].filter((problem): problem is string => problem !== undefined);
}
