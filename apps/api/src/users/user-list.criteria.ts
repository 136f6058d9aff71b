import { roles, type Role } from '@greenchain/contracts';
import { quotedName } from '@greenchain/read-models';
import {
  filterParam,
  invalidListParam as invalid,
  jsonParam,
  rangeParam,
  sortParam,
} from '../records/list-params';
import { type ListQuery } from '../records/list.query';

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

function text(value: unknown, field: string, max: number): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > max)
    throw invalid(`filter.${field}`, `must be text of at most ${max}`);
  return value;
}

function filter(value: unknown): UserListCriteria['filter'] {
  const entries = filterParam(value);
  const unknown = Object.keys(entries).find(
    (key) => !['role', 'country', 'agency', 'active', 'q'].includes(key),
  );
  if (unknown !== undefined) throw invalid('filter', `unknown filter field ${quotedName(unknown)}`);
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

export function userListCriteria(query: ListQuery): UserListCriteria {
  const [first, last] = rangeParam(jsonParam('range', query.range), maxPage);
  const [sort, order] = sortParam(jsonParam('sort', query.sort), sortableUserFields, [
    'email',
    'ASC',
  ]);
  return { first, last, sort, order, filter: filter(jsonParam('filter', query.filter)) };
}
