import { ownProperty } from '@greenchain/contracts';
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
  /**
   * What a field sorts by when not its own expression: a date listed as text sorts by the date,
   * in the same order, which an index can serve.
   */
  readonly sortKeys?: Readonly<Record<string, string>>;
  /** Added to the sort so pages are stable when the sort field ties. */
  readonly tieBreaker: string;
  /** Conditions that always apply (e.g. the case of a timeline). */
  readonly scope?: (bind: BindParameter) => string[];
}

/**
 * A list's spec, built with the query's placeholders so that every value the spec needs (a country,
 * a date, a number of days) reaches SQL as a parameter too.
 */
export type ListSpecOf = ListSpec | ((bind: BindParameter) => ListSpec);

export const maxPageSize = 500;

/**
 * A filter, sort, range or group the list cannot run; the API answers 400 naming `parameter` (the
 * query parameter, or `filter.<field>` for one filter field).
 */
export class InvalidListParamsError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

/** A filter value the condition cannot use; `listRows` names the field it was given for. */
export class InvalidFilterValueError extends Error {}

const maxFilterValues = 100;

/** One code or a list of codes: strings or numbers, never objects, at most 100. */
function codes(value: unknown): string[] {
  const list: unknown[] = Array.isArray(value) ? value : [value];
  const scalar = (code: unknown) =>
    (typeof code === 'string' && code.length <= 200) || typeof code === 'number';
  if (list.length > maxFilterValues || !list.every(scalar)) {
    throw new InvalidFilterValueError(
      `must be a code or a list of at most ${maxFilterValues} codes`,
    );
  }
  return list.map(String);
}

export const anyOf =
  (column: string): FilterCondition =>
  (value, bind) =>
    value === undefined ? undefined : `${column} = ANY(${bind(codes(value))}::text[])`;

/** For array columns: rows whose array holds any of the values. */
export const overlaps =
  (column: string): FilterCondition =>
  (value, bind) =>
    value === undefined ? undefined : `${column} && ${bind(codes(value))}::text[]`;

function bound(operator: '>=' | '<=') {
  return (column: string, type = 'date'): FilterCondition =>
    (value, bind) => {
      if (value === undefined) return undefined;
      if (typeof value !== 'string' || value.length > 40) {
        throw new InvalidFilterValueError(`needs a ${type}`);
      }
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
      throw new InvalidFilterValueError('needs a text of at most 100 characters');
    }
    // LIKE's wildcards typed by the user are matched as themselves.
    const pattern = bind(`%${value.replace(/[\\%_]/g, (char) => `\\${char}`)}%`);
    return `(${columns.map((column) => `${column} ILIKE ${pattern}`).join(' OR ')})`;
  };

export const isTrue =
  (condition: string): FilterCondition =>
  (value) => {
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean' && value !== 'true' && value !== 'false') {
      throw new InvalidFilterValueError('must be true or false');
    }
    const wanted = value === true || value === 'true';
    return wanted ? `(${condition})` : `NOT coalesce((${condition}), false)`;
  };

/** A name from a request as it may be quoted back in an error message. */
export const quotedName = (name: unknown): string => JSON.stringify(String(name).slice(0, 50));

/**
 * Runs one list query: unknown filter or sort fields are refused (an API maps this error to 400)
 * rather than ignored, so a typo never returns everything. Field names from the request are looked
 * up among the spec's own properties only, and every value is bound as a parameter.
 */
export async function listRows<Row>(
  executor: SqlExecutor,
  specOf: ListSpecOf,
  params: ListParams<Readonly<Record<string, unknown>>>,
): Promise<ListResult<Row>> {
  const parameters: unknown[] = [];
  const bind: BindParameter = (value) => {
    parameters.push(value);
    return `$${parameters.length}`;
  };
  const spec = typeof specOf === 'function' ? specOf(bind) : specOf;
  const conditions = [...(spec.scope?.(bind) ?? [])];
  for (const [field, value] of Object.entries(params.filter ?? {})) {
    const condition = filterCondition(spec, field, value, bind);
    if (condition) conditions.push(condition);
  }
  const [sortField, order] = params.sort ?? spec.defaultSort;
  const sortExpression = ownProperty(spec.fields, sortField);
  if (!sortExpression)
    throw new InvalidListParamsError('sort', `unknown sort field ${quotedName(sortField)}`);
  if (order !== 'ASC' && order !== 'DESC') {
    throw new InvalidListParamsError('sort', `bad sort order ${quotedName(order)}`);
  }
  const sortKey = (spec.sortKeys && ownProperty(spec.sortKeys, sortField)) ?? sortExpression;
  const [first, last] = params.range ?? [0, 24];
  if (!Number.isInteger(first) || !Number.isInteger(last) || first < 0 || last < first) {
    throw new InvalidListParamsError('range', `bad range [${first}, ${last}]`);
  }
  const limit = Math.min(last - first + 1, maxPageSize);
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const select = Object.entries(spec.fields)
    .map(([name, expression]) => `${expression} AS "${name}"`)
    .join(', ');
  const listed = `SELECT ${select} FROM ${spec.from} ${where}`;
  const page = executor.query(
    `${listed} ORDER BY ${sortKey} ${order} NULLS LAST, ${spec.tieBreaker}
      LIMIT ${limit} OFFSET ${first}`,
    parameters,
  ) as Promise<Row[]>;
  const count = countRows(executor, listed, parameters);
  const [rows, counted] = await Promise.allSettled([page, count]);
  if (rows.status === 'rejected') throw rows.reason;
  return { rows: rows.value, total: totalOf(counted, first, rows.value.length, limit) };
}

/**
 * The rows a list holds in all. The count runs beside the page, on another pooled connection when
 * the executor has a pool, so a page waits for the slower of the two rather than for both; a
 * window count over the page's own rows instead made it read and sort every matching row. A page
 * that ends before its limit says the total itself (its last row is the list's last).
 */
function totalOf(
  counted: PromiseSettledResult<number>,
  first: number,
  rows: number,
  limit: number,
): number {
  if (rows < limit && (rows > 0 || first === 0)) return first + rows;
  if (counted.status === 'rejected') throw counted.reason;
  return counted.value;
}

function filterCondition(
  spec: ListSpec,
  field: string,
  value: unknown,
  bind: BindParameter,
): string | undefined {
  const filter = ownProperty(spec.filters, field);
  if (!filter)
    throw new InvalidListParamsError('filter', `unknown filter field ${quotedName(field)}`);
  try {
    return filter(value, bind);
  } catch (error) {
    if (!(error instanceof InvalidFilterValueError)) throw error;
    throw new InvalidListParamsError(`filter.${field}`, `${field} ${error.message}`);
  }
}

/**
 * The count runs over the listed rows themselves, so that every parameter (the select list's too)
 * keeps its place and type; PostgreSQL computes none of the select list for it.
 */
async function countRows(
  executor: SqlExecutor,
  listed: string,
  parameters: unknown[],
): Promise<number> {
  const [row] = (await executor.query(
    `SELECT count(*) AS total FROM (${listed}) AS listed`,
    parameters,
  )) as { total: string }[];
  return Number(row?.total ?? 0);
}
