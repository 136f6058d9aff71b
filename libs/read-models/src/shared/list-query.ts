import type { SqlExecutor } from '@greenchain/event-store';

export type SortOrder = 'ASC' | 'DESC';

/**
 * The react-admin simple REST shape: `filter` by field, `sort` = [field, order], `range` =
 * [first, last] inclusive (Content-Range: `<resource> first-last/total`).
 */
export interface ListParams<Filter> {
  readonly filter?: Filter;
  readonly sort?: readonly [string, SortOrder];
  readonly range?: readonly [number, number];
}

export interface ListResult<Row> {
  readonly rows: Row[];
  readonly total: number;
}

/** Adds a parameter and returns its placeholder ($n). */
export type BindParameter = (value: unknown) => string;

/** A filter field's SQL condition for a value, or undefined to ignore that value. */
export type FilterCondition = (value: unknown, bind: BindParameter) => string | undefined;

export interface ListSpec {
  /** The view to read. */
  readonly from: string;
  /** API field name -> SQL expression, selected as that name (camelCase for the API). */
  readonly fields: Readonly<Record<string, string>>;
  readonly filters: Readonly<Record<string, FilterCondition>>;
  readonly defaultSort: readonly [string, SortOrder];
  /** Added to the sort so pages are stable when the sort field ties. */
  readonly tieBreaker: string;
  /** Conditions that always apply (e.g. the case of a timeline). */
  readonly scope?: (bind: BindParameter) => string[];
}

export const maxPageSize = 500;

/** A filter, sort or range the list cannot run; the API answers 400 naming it. */
export class InvalidListParamsError extends Error {}

const values = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

export const anyOf =
  (column: string): FilterCondition =>
  (value, bind) =>
    value === undefined ? undefined : `${column} = ANY(${bind(values(value).map(String))}::text[])`;

/** For array columns: rows whose array holds any of the values. */
export const overlaps =
  (column: string): FilterCondition =>
  (value, bind) =>
    value === undefined ? undefined : `${column} && ${bind(values(value).map(String))}::text[]`;

function bound(operator: '>=' | '<=') {
  return (column: string, type = 'date'): FilterCondition =>
    (value, bind) => {
      if (value === undefined) return undefined;
      if (typeof value !== 'string') throw new InvalidListParamsError(`${column} needs a date`);
      return `${column} ${operator} ${bind(value)}::${type}`;
    };
}

export const onOrAfter = bound('>=');
export const onOrBefore = bound('<=');

/** Rows where any of the columns contains the text, case-insensitively (react-admin's `q`). */
export const containsText =
  (...columns: string[]): FilterCondition =>
  (value, bind) => {
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string' || value.length > 100) {
      throw new InvalidListParamsError('q needs a text of at most 100 characters');
    }
    // LIKE's wildcards typed by the user are matched as themselves.
    const pattern = bind(`%${value.replace(/[\\%_]/g, (char) => `\\${char}`)}%`);
    return `(${columns.map((column) => `${column} ILIKE ${pattern}`).join(' OR ')})`;
  };

export const isTrue =
  (condition: string): FilterCondition =>
  (value) => {
    if (value === undefined) return undefined;
    const wanted = value === true || value === 'true';
    return wanted ? `(${condition})` : `NOT coalesce((${condition}), false)`;
  };

/**
 * Runs one list query: unknown filter or sort fields are refused (an API maps this error to 400)
 * rather than ignored, so a typo never returns everything.
 */
export async function listRows<Row>(
  executor: SqlExecutor,
  spec: ListSpec,
  params: ListParams<Readonly<Record<string, unknown>>>,
): Promise<ListResult<Row>> {
  const parameters: unknown[] = [];
  const bind: BindParameter = (value) => {
    parameters.push(value);
    return `$${parameters.length}`;
  };
  const conditions = [...(spec.scope?.(bind) ?? [])];
  for (const [field, value] of Object.entries(params.filter ?? {})) {
    const filter = spec.filters[field];
    if (!filter) throw new InvalidListParamsError(`unknown filter field ${field}`);
    const condition = filter(value, bind);
    if (condition) conditions.push(condition);
  }
  const [sortField, order] = params.sort ?? spec.defaultSort;
  const sortExpression = spec.fields[sortField];
  if (!sortExpression) throw new InvalidListParamsError(`unknown sort field ${sortField}`);
  if (order !== 'ASC' && order !== 'DESC') {
    throw new InvalidListParamsError(`bad sort order ${String(order)}`);
  }
  const [first, last] = params.range ?? [0, 24];
  if (!Number.isInteger(first) || !Number.isInteger(last) || first < 0 || last < first) {
    throw new InvalidListParamsError(`bad range [${first}, ${last}]`);
  }
  const limit = Math.min(last - first + 1, maxPageSize);
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const select = Object.entries(spec.fields)
    .map(([name, expression]) => `${expression} AS "${name}"`)
    .join(', ');
  const rows = (await executor.query(
    `SELECT ${select}, count(*) OVER () AS "__total" FROM ${spec.from} ${where}
      ORDER BY ${sortExpression} ${order} NULLS LAST, ${spec.tieBreaker}
      LIMIT ${limit} OFFSET ${first}`,
    parameters,
  )) as (Row & { __total: string })[];
  const total =
    rows[0] !== undefined
      ? Number(rows[0].__total)
      : await countRows(executor, spec.from, where, parameters);
  const withoutTotal = (row: object) =>
    Object.fromEntries(Object.entries(row).filter(([key]) => key !== '__total')) as Row;
  return { rows: rows.map(withoutTotal), total };
}

/** A page past the end has no row to carry the window count. */
async function countRows(
  executor: SqlExecutor,
  from: string,
  where: string,
  parameters: unknown[],
): Promise<number> {
  const [row] = (await executor.query(
    `SELECT count(*) AS total FROM ${from} ${where}`,
    parameters,
  )) as { total: string }[];
  return Number(row?.total ?? 0);
}
