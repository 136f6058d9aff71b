import { roles, type Role } from '@greenchain/contracts';
import { ProblemException } from '@greenchain/platform';
import { type UserListQuery } from './user-list.query';

export const sortableUserFields = [
  'email',
  'displayName',
  'role',
  'country',
  'agency',
  'active',
  'createdAt',
] as const;
export type SortableUserField = (typeof sortableUserFields)[number];

export interface UserListCriteria {
  readonly first: number;
  readonly last: number;
  readonly sort: SortableUserField;
  readonly order: 'ASC' | 'DESC';
  readonly filter: {
    readonly role?: Role;
    readonly country?: string;
    readonly agency?: string;
    readonly active?: boolean;
    readonly q?: string;
  };
}

/** Pages are capped so one request cannot pull the whole table. */
const maxPage = 100;

function invalid(field: string, detail: string): ProblemException {
  return new ProblemException(400, 'request/invalid', `${field}: ${detail}`, field);
}

function json(field: string, value: string | undefined): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    throw invalid(field, 'must be JSON');
  }
}

const isInt = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0;

function range(value: unknown): { first: number; last: number } {
  if (value === undefined) return { first: 0, last: 24 };
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !isInt(value[0]) ||
    !isInt(value[1]) ||
    value[1] < value[0]
  ) {
    throw invalid('range', 'must be [first, last] with 0 <= first <= last');
  }
  if (value[1] - value[0] >= maxPage) throw invalid('range', `at most ${maxPage} rows`);
  return { first: value[0], last: value[1] };
}

function sort(value: unknown): Pick<UserListCriteria, 'sort' | 'order'> {
  if (value === undefined) return { sort: 'email', order: 'ASC' };
  const [field, order] = Array.isArray(value) ? (value as unknown[]) : [];
  if (
    !sortableUserFields.includes(field as SortableUserField) ||
    (order !== 'ASC' && order !== 'DESC')
  ) {
    throw invalid('sort', `must be [${sortableUserFields.join('|')}, ASC|DESC]`);
  }
  return { sort: field as SortableUserField, order };
}

function text(value: unknown, field: string, max: number): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > max)
    throw invalid(`filter.${field}`, `must be text of at most ${max}`);
  return value;
}

function filter(value: unknown): UserListCriteria['filter'] {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalid('filter', 'must be an object');
  const entries = value as Record<string, unknown>;
  const unknown = Object.keys(entries).find(
    (key) => !['role', 'country', 'agency', 'active', 'q'].includes(key),
  );
  if (unknown !== undefined) throw invalid(`filter.${unknown.slice(0, 50)}`, 'is not a filter');
  if (entries.role !== undefined && !roles.includes(entries.role as Role))
    throw invalid('filter.role', 'unknown role');
  if (entries.active !== undefined && typeof entries.active !== 'boolean')
    throw invalid('filter.active', 'must be boolean');
  return {
    role: entries.role as Role | undefined,
    country: text(entries.country, 'country', 2),
    agency: text(entries.agency, 'agency', 300),
    active: entries.active,
    q: text(entries.q, 'q', 200),
  };
}

export function userListCriteria(query: UserListQuery): UserListCriteria {
  return {
    ...range(json('range', query.range)),
    ...sort(json('sort', query.sort)),
    filter: filter(json('filter', query.filter)),
  };
}
