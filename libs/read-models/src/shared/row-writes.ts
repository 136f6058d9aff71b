import type { SqlExecutor } from '@greenchain/event-store';
import { columnTypes, forgetColumnTypes } from './column-types';

/** Rows for one table and what to do when a row's key is already there. */
export interface RowsWrite {
  readonly table: string;
  readonly rows: readonly object[];
  /** The ON CONFLICT clause (DO NOTHING or DO UPDATE ...), or '' for none. */
  readonly conflict: string;
}

/**
 * Rows sent as one array per column and turned back into rows by `unnest`, each array typed after
 * the table's column: PostgreSQL parses each value once with its type's input function. This costs
 * the server about half of what parsing the rows from one json document did (no lexing of every
 * row's keys). Each array travels as its text, built here in one pass (the driver's own
 * conversion of JS arrays allocated more than the rest of a build together). A column of an array
 * type travels as the text of each array and is cast back; json and jsonb values as their JSON.
 */
interface ColumnArrays {
  /** `unnest($1::bigint[], ...) AS r(global_position, ...)`. */
  readonly source: string;
  /** The select list: the columns, array-typed ones cast back from text. */
  readonly select: string;
  readonly columns: string;
  readonly parameters: string[];
}

async function columnArrays(
  executor: SqlExecutor,
  table: string,
  rows: readonly object[],
  firstParameter: number,
): Promise<ColumnArrays> {
  const types = await columnTypes(executor, table);
  const names = Object.keys(rows[0] ?? {});
  const parameters: string[] = [];
  const arrays: string[] = [];
  const select: string[] = [];
  for (const [index, name] of names.entries()) {
    const type = types.get(name);
    if (!type) throw new Error(`${table} has no column ${name}`);
    const arrayTyped = type.endsWith('[]');
    const element = arrayTyped ? arrayElement : isJson(type) ? jsonElement : scalarElement;
    parameters.push(
      arrayText(rows.map((row) => element((row as Record<string, unknown>)[name] ?? null))),
    );
    arrays.push(`$${firstParameter + index}::${arrayTyped ? 'text' : type}[]`);
    select.push(arrayTyped ? `${name}::${type} AS ${name}` : name);
  }
  const columns = names.join(', ');
  return {
    source: `unnest(${arrays.join(', ')}) AS r(${columns})`,
    select: select.join(', '),
    columns,
    parameters,
  };
}

const isJson = (type: string) => type === 'json' || type === 'jsonb';

/** PostgreSQL's array text, `{"a",NULL,3}`, of elements already written as array elements. */
function arrayText(elements: readonly string[]): string {
  return `{${elements.join(',')}}`;
}

/** An element quoted: inside quotes only `"` and `\` need escaping. */
function quoted(text: string): string {
  const plain = !text.includes('"') && !text.includes('\\');
  return `"${plain ? text : text.replace(/["\\]/g, '\\$&')}"`;
}

function scalarElement(value: unknown): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number' || typeof value === 'boolean') return quoted(String(value));
  return quoted(JSON.stringify(value));
}

function jsonElement(value: unknown): string {
  return value === null ? 'NULL' : quoted(JSON.stringify(value));
}

/** A JS array as the text of a PostgreSQL array, itself an element of the column's text[]. */
function arrayElement(value: unknown): string {
  if (value === null) return 'NULL';
  if (!Array.isArray(value)) throw new Error(`expected an array, got ${JSON.stringify(value)}`);
  return quoted(arrayText((value as unknown[]).map((item) => scalarElement(item ?? null))));
}

async function insertSql(
  executor: SqlExecutor,
  write: RowsWrite,
  firstParameter: number,
): Promise<{ sql: string; parameters: unknown[] }> {
  const arrays = await columnArrays(executor, write.table, write.rows, firstParameter);
  return {
    sql: `INSERT INTO ${write.table} (${arrays.columns})
     SELECT ${arrays.select} FROM ${arrays.source}
     ${write.conflict}`,
    parameters: arrays.parameters,
  };
}

/**
 * Writes to several tables in one statement (one round trip): each table's INSERT is a
 * data-modifying CTE of its own. Writes without rows are left out.
 */
export async function writeRows(
  executor: SqlExecutor,
  writes: readonly RowsWrite[],
): Promise<void> {
  const statements: { sql: string; parameters: unknown[] }[] = [];
  let next = 1;
  for (const write of writes.filter((candidate) => candidate.rows.length > 0)) {
    const statement = await insertSql(executor, write, next);
    next += statement.parameters.length;
    statements.push(statement);
  }
  const [only] = statements;
  if (!only) return;
  const parameters = statements.flatMap((statement) => statement.parameters);
  const sql =
    statements.length === 1
      ? only.sql
      : `WITH ${statements.map((statement, index) => `w${index} AS (${statement.sql})`).join(',\n')} SELECT 1`;
  await written(executor, sql, parameters, writes);
}

export async function insertRows(
  executor: SqlExecutor,
  table: string,
  rows: readonly object[],
  conflict: string,
): Promise<void> {
  await writeRows(executor, [{ table, rows, conflict }]);
}

/** The rows one table holds for some cases, all of them (the table's key for the upsert). */
export interface CaseRowsReplace {
  readonly table: string;
  readonly rows: readonly object[];
  readonly key: readonly string[];
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
  await replaceCasesRows(executor, caseIds, [{ table, rows, key }]);
}

/** replaceCaseRows for several tables in one statement (one round trip), each table its CTEs. */
export async function replaceCasesRows(
  executor: SqlExecutor,
  caseIds: readonly string[],
  replaces: readonly CaseRowsReplace[],
): Promise<void> {
  if (caseIds.length === 0 || replaces.length === 0) return;
  const parameters: unknown[] = [caseIds];
  const parts: string[] = [];
  for (const [index, { table, rows, key }] of replaces.entries()) {
    const ofCases = `DELETE FROM ${table} WHERE case_id = ANY($1::text[])`;
    if (rows.length === 0) {
      parts.push(`d${index} AS (${ofCases})`);
      continue;
    }
    const keyList = key.join(', ');
    const arrays = await columnArrays(executor, table, rows, parameters.length + 1);
    parameters.push(...arrays.parameters);
    parts.push(
      `r${index} AS (SELECT ${arrays.select} FROM ${arrays.source})`,
      `d${index} AS (${ofCases} AND (${keyList}) NOT IN (SELECT ${keyList} FROM r${index}))`,
      `u${index} AS (INSERT INTO ${table} (${arrays.columns}) SELECT ${arrays.columns} FROM r${index}
       ${updateAllBut(rows, key)})`,
    );
  }
  await written(executor, `WITH ${parts.join(',\n')} SELECT 1`, parameters, replaces);
}

/** Runs a write; when it fails, the tables' column types are asked again next time. */
async function written(
  executor: SqlExecutor,
  sql: string,
  parameters: unknown[],
  tables: readonly { table: string }[],
): Promise<void> {
  try {
    await executor.query(sql, parameters);
  } catch (error) {
    for (const { table } of tables) forgetColumnTypes(table);
    throw error;
  }
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
