import type { SqlExecutor } from '@greenchain/event-store';

/** Each column's type, as format_type spells it (`bigint`, `text[]`, `timestamp with time zone`). */
export type ColumnTypes = ReadonlyMap<string, string>;

const known = new Map<string, Promise<ColumnTypes>>();

/**
 * A table's column types from the catalog, asked once per table name and process: a generation's
 * tables keep their shape for as long as they exist (a new shape is a new version, so new tables).
 */
export function columnTypes(executor: SqlExecutor, table: string): Promise<ColumnTypes> {
  let types = known.get(table);
  if (!types) {
    types = loadColumnTypes(executor, table);
    known.set(table, types);
    types.catch(() => known.delete(table));
  }
  return types;
}

/**
 * Forgets what was asked about a table, after a write to it failed: if the table was dropped and
 * created again with another shape (a reset, a test), the next attempt asks the catalog again.
 */
export function forgetColumnTypes(table: string): void {
  known.delete(table);
}

async function loadColumnTypes(executor: SqlExecutor, table: string): Promise<ColumnTypes> {
  const rows = (await executor.query(
    `SELECT attname AS name, format_type(atttypid, atttypmod) AS type
       FROM pg_attribute
      WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped`,
    [table],
  )) as { name: string; type: string }[];
  return new Map(rows.map((row) => [row.name, row.type]));
}
