import { Client } from 'pg';

/**
 * The read models every analytics answer reads (libs/read-models/src/analytics: the cases, their
 * defendants, money and stage changes, each as of a day). Their rows are repeated; the others (case
 * list, timelines, the event log, checkpoints) are left as they are.
 */
export const analyticsReadModels = [
  'case_history',
  'defendant_history',
  'case_money_history',
  'stage_transitions',
] as const;

/**
 * How a copy's row takes each identifying column: a new id derived from the original and the
 * copy's number (an md5 shaped as a UUID, like the ids it stands for, so ids stay distinct and a
 * fine's `ref`, its defendant's party id, still matches it), a reference with the copy's number, a
 * log position moved past the log's end. Every other column is copied as it is: same distribution.
 */
const copiedColumns: Readonly<Record<string, (column: string) => string>> = {
  case_id: (column) => newId(column),
  party_id: (column) => newId(column),
  ref: (column) => newId(column),
  reference: (column) => `${column} || '/copy' || copy.n`,
  global_position: (column) => `${column} + copy.n * last.position`,
};

const newId = (column: string) => `md5(${column} || '/copy' || copy.n)::uuid::text`;

/**
 * Makes the analytics read models `scale` times larger in the database at `url`: each row is
 * inserted again `scale - 1` times with distinct ids, in one INSERT … SELECT a table over a
 * generated copy number. Indexes are dropped for the inserts and built again after (sorting once
 * is far cheaper than inserting millions of random ids into a B-tree), then the tables are
 * vacuumed and analyzed, so the planner sees the new sizes as it would after a long-lived load.
 */
export async function repeatReadModels(url: string, scale: number): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET maintenance_work_mem = '512MB'`);
    for (const view of analyticsReadModels) {
      console.warn(`repeating ${view} ${scale} times`);
      const table = await tableBehind(client, view);
      await withIndexesRebuilt(client, table, () => insertCopies(client, view, table, scale));
      await client.query(`VACUUM (ANALYZE) ${table}`);
    }
  } finally {
    await client.end();
  }
}

/** The generation table a read model's public view reads. */
async function tableBehind(client: Client, view: string): Promise<string> {
  const { rows } = await client.query<{ table: string }>(
    `SELECT DISTINCT d.refobjid::regclass::text AS table
       FROM pg_rewrite r JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
      WHERE r.ev_class = $1::regclass AND d.refobjid <> r.ev_class
        AND d.refclassid = 'pg_class'::regclass`,
    [view],
  );
  if (rows.length !== 1) throw new Error(`${view} is not a view of one table`);
  return rows[0]!.table;
}

async function insertCopies(
  client: Client,
  view: string,
  table: string,
  scale: number,
): Promise<void> {
  const { rows } = await client.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [view],
  );
  const columns = rows.map((row) => row.column_name);
  const values = columns.map((column) => copiedColumns[column]?.(`t.${column}`) ?? `t.${column}`);
  await client.query(
    `INSERT INTO ${table} (${columns.join(', ')})
     SELECT ${values.join(', ')}
       FROM ${table} t
      CROSS JOIN generate_series(1, $1::int - 1) AS copy(n)
      CROSS JOIN (SELECT coalesce(max(global_position), 0) + 1 AS position FROM events) AS last`,
    [scale],
  );
}

/** Runs `work` with the table's indexes and primary key dropped, and builds them again after. */
async function withIndexesRebuilt(
  client: Client,
  table: string,
  work: () => Promise<void>,
): Promise<void> {
  const { rows: keys } = await client.query<{ name: string; definition: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'p'`,
    [table],
  );
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid = $1::regclass
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [table],
  );
  for (const { name } of indexes) await client.query(`DROP INDEX ${name}`);
  for (const { name } of keys) await client.query(`ALTER TABLE ${table} DROP CONSTRAINT ${name}`);
  await work();
  for (const { name, definition } of keys) {
    await client.query(`ALTER TABLE ${table} ADD CONSTRAINT ${name} ${definition}`);
  }
  for (const { definition } of indexes) await client.query(definition);
}
