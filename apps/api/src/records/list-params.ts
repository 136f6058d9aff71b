import { jsonShapeProblem, ProblemException } from '@greenchain/platform';
import { maxPageSize, quotedName } from '@greenchain/read-models';
import { type ListQuery } from './list.query';

/** The largest page a list answers. */
export const pageRows = Math.min(maxPageSize, 100);

/** react-admin's simple REST list contract: JSON-encoded range, sort and filter query parameters. */
export function invalidListParam(field: string, detail: string): ProblemException {
  return new ProblemException(400, 'request/invalid', `${field}: ${detail}`, field);
}

export function jsonParam(field: string, value: string | undefined): unknown {
  if (value === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw invalidListParam(field, 'must be JSON');
  }
  const problem = jsonShapeProblem(parsed, field);
  if (problem) throw invalidListParam(problem.path, problem.detail);
  return parsed;
}

const isIndex = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0;

/** [first, last] inclusive, at most `maxRows` rows. */
export function rangeParam(
  value: unknown,
  maxRows: number,
  fallback: readonly [number, number] = [0, 24],
): [number, number] {
  if (value === undefined) return [...fallback];
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !isIndex(value[0]) ||
    !isIndex(value[1]) ||
    value[1] < value[0]
  ) {
    throw invalidListParam('range', 'must be [first, last] with 0 <= first <= last');
  }
  if (value[1] - value[0] >= maxRows) throw invalidListParam('range', `at most ${maxRows} rows`);
  return [value[0], value[1]];
}

/** [field, ASC|DESC] with the field checked by the caller's list. */
export function sortParam<Field extends string>(
  value: unknown,
  fields: readonly Field[],
  fallback: readonly [Field, 'ASC' | 'DESC'],
): [Field, 'ASC' | 'DESC'] {
  if (value === undefined) return [...fallback];
  const [field, order] = Array.isArray(value) ? (value as unknown[]) : [];
  if (!fields.includes(field as Field) || (order !== 'ASC' && order !== 'DESC')) {
    throw invalidListParam('sort', `must be [${fields.join('|')}, ASC|DESC]`);
  }
  return [field as Field, order];
}

/**
 * A filter object (not null, not an array), copied without a prototype: reading a field the
 * client did not send gives undefined, never a member of `Object.prototype`.
 */
export function filterParam(value: unknown): Record<string, unknown> {
  if (value === undefined) return Object.create(null) as Record<string, unknown>;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidListParam('filter', 'must be an object');
  }
  return Object.assign(Object.create(null) as Record<string, unknown>, value);
}

export function contentRange(resource: string, first: number, rows: number, total: number): string {
  const last = rows === 0 ? first : first + rows - 1;
  return `${resource} ${first}-${last}/${total}`;
}

/** The read model checks the field and order names; the shape is checked here. */
export function sortShape(value: unknown): readonly [string, 'ASC' | 'DESC'] | undefined {
  if (value === undefined) return undefined;
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !value.every((part) => typeof part === 'string')
  ) {
    throw invalidListParam('sort', 'must be [field, ASC|DESC]');
  }
  return value as [string, 'ASC' | 'DESC'];
}

/** Refuses every filter field: for lists that take none. */
export function noFilterParam(value: unknown): void {
  const [field] = Object.keys(filterParam(value));
  if (field !== undefined)
    throw invalidListParam('filter', `unknown filter field ${quotedName(field)}`);
}

/**
 * The range of a list kept in one order of its own and taking no filter: a filter field is refused,
 * and so is a sort other than the list's own order.
 */
export function fixedOrderRange(
  query: ListQuery,
  maxRows: number,
  order: readonly [string, 'ASC' | 'DESC'],
): [number, number] {
  noFilterParam(jsonParam('filter', query.filter));
  fixedSortParam(jsonParam('sort', query.sort), order);
  return rangeParam(jsonParam('range', query.range), maxRows);
}

/** A list kept in one order: any other sort is refused rather than ignored. */
export function fixedSortParam(value: unknown, order: readonly [string, 'ASC' | 'DESC']): void {
  const [, direction] = sortParam(value, [order[0]], order);
  if (direction !== order[1]) {
    throw invalidListParam('sort', `this list is sorted by [${order.join(', ')}] only`);
  }
}
