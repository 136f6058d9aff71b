import type { SqlExecutor } from '@greenchain/event-store';

/** Rows for one table and what to do when a row's key is already there. */
export interface RowsWrite {
  readonly table: string;
  readonly rows: readonly object[];
  /** The ON CONFLICT clause (DO NOTHING or DO UPDATE ...), or '' for none. */
  readonly conflict: string;
}

/**
 * Set-based write of many rows: the rows travel as one json array and json_populate_recordset
 * shapes them after the target table, so columns and types come from the table itself. `json`, not
 * `jsonb`: the text is parsed once into the rows, without building a jsonb value first (about half
 * the server's cost of this step).
 */
function insertSql(write: RowsWrite, parameter: number): string {
  const columns = Object.keys(write.rows[0] ?? {}).join(', ');
  return `INSERT INTO ${write.table} (${columns})
     SELECT ${columns} FROM json_populate_recordset(NULL::${write.table}, $${parameter}::json)
     ${write.conflict}`;
}

/**
 * Writes to several tables in one statement (one round trip): each table's INSERT is a
 * data-modifying CTE of its own. Writes without rows are left out.
 */
export async function writeRows(
  executor: SqlExecutor,
  writes: readonly RowsWrite[],
): Promise<void> {
  const present = writes.filter((write) => write.rows.length > 0);
  const parameters = present.map((write) => JSON.stringify(write.rows));
  const [only] = present;
  if (!only) return;
  if (present.length === 1) {
    await executor.query(insertSql(only, 1), parameters);
    return;
  }
  const ctes = present.map((write, index) => `w${index} AS (${insertSql(write, index + 1)})`);
  await executor.query(`WITH ${ctes.join(',\n')} SELECT 1`, parameters);
}

export async function insertRows(
  executor: SqlExecutor,
  table: string,
  rows: readonly object[],
  conflict: string,
): Promise<void> {
  await writeRows(executor, [{ table, rows, conflict }]);
}

/**
 * The rows of some cases replaced by the given ones in one statement: rows whose key is not among
 * them are deleted, the others upserted. Deleted and upserted rows never overlap, which a
 * statement's CTEs need, since they do not see each other's changes.
 */
export async function replaceCaseRows(
  executor: SqlExecutor,
  table: string,
  caseIds: readonly string[],
  rows: readonly object[],
  key: readonly string[],
): Promise<void> {
  if (caseIds.length === 0) return;
  if (rows.length === 0) {
    await executor.query(`DELETE FROM ${table} WHERE case_id = ANY($1::text[])`, [caseIds]);
    return;
  }
  const keyList = key.join(', ');
  const columns = Object.keys(rows[0] ?? {}).join(', ');
  await executor.query(
    `WITH incoming AS (
       SELECT ${columns} FROM json_populate_recordset(NULL::${table}, $1::json)),
     gone AS (
       DELETE FROM ${table} WHERE case_id = ANY($2::text[])
          AND (${keyList}) NOT IN (SELECT ${keyList} FROM incoming))
     INSERT INTO ${table} (${columns}) SELECT ${columns} FROM incoming
     ${updateAllBut(rows, key)}`,
    [JSON.stringify(rows), caseIds],
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
