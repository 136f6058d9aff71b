import type { SqlExecutor } from '@greenchain/event-store';

/**
 * Set-based write of many rows in one statement: the rows travel as one json array and
 * json_populate_recordset shapes them after the target table, so columns and types come from the
 * table itself. `json`, not `jsonb`: the text is parsed once into the rows, without building a
 * jsonb value first (about half the server's cost of this step). `conflict` is the ON CONFLICT
 * clause (DO NOTHING or DO UPDATE ...).
 */
export async function insertRows(
  executor: SqlExecutor,
  table: string,
  rows: readonly object[],
  conflict: string,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] ?? {}).join(', ');
  await executor.query(
    `INSERT INTO ${table} (${columns})
     SELECT ${columns} FROM json_populate_recordset(NULL::${table}, $1::json)
     ${conflict}`,
    [JSON.stringify(rows)],
  );
}

/**
 * `ON CONFLICT (key) DO UPDATE SET` every column but the key ones (and `kept`, which the caller
 * sets itself in `extra`) to the incoming row's value.
 */
export function updateAllBut(
  rows: readonly object[],
  key: readonly string[],
  kept: readonly string[] = [],
  extra: readonly string[] = [],
): string {
  const columns = Object.keys(rows[0] ?? {}).filter(
    (column) => !key.includes(column) && !kept.includes(column),
  );
  return `ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${columns
    .map((column) => `${column} = excluded.${column}`)
    .concat(extra)
    .join(', ')}`;
}
