import { ProblemException } from '@greenchain/platform';
import { maxPageSize } from '@greenchain/read-models';

/** The largest page a list answers. */
export const pageRows = Math.min(maxPageSize, 100);

/** react-admin's simple REST list contract: JSON-encoded range, sort and filter query parameters. */
export function invalidListParam(field: string, detail: string): ProblemException {
  return new ProblemException(400, 'request/invalid', `${field}: ${detail}`, field);
}

export function jsonParam(field: string, value: string | undefined): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    throw invalidListParam(field, 'must be JSON');
  }
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

/** A filter object (not null, not an array). */
export function filterParam(value: unknown): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidListParam('filter', 'must be an object');
  }
  return value as Record<string, unknown>;
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
