import { isOwnKey, type SessionUser } from '@greenchain/contracts';
import { type AnalyticsFilter } from '@greenchain/read-models';
import { filterParam, invalidListParam, jsonParam, noFilterParam } from '../records/list-params';
import { anyCode, listFilterParsers, type ListFilterField } from './analytics-filter-lists';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function date(parameter: string, name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' && isoDate.test(value) ? value : '';
  const day = Date.parse(`${text}T00:00:00Z`);
  // Date.parse reads 2024-02-30 as 1 March: the round trip must give the same day back.
  if (text === '' || Number.isNaN(day) || !new Date(day).toISOString().startsWith(text)) {
    throw invalidListParam(parameter, `${name} must be a date (YYYY-MM-DD)`);
  }
  return text;
}

/** Analysts and administrators read every country, as aggregates with small cells hidden. */
export function seesEveryCountry(user: SessionUser): boolean {
  return user.role === 'analyst' || user.role === 'admin';
}

export interface AnalyticsParams {
  readonly filter?: string;
  readonly asOf?: string;
}

/** The list fields of the filter, each checked; a field the analytics do not know is refused. */
function listFilters(fields: Record<string, unknown>): Partial<AnalyticsFilter> {
  const entries = Object.entries(fields);
  for (const [field] of entries) {
    if (!isOwnKey(listFilterParsers, field)) noFilterParam({ [field]: true });
  }
  return Object.fromEntries(
    entries.map(([field, value]) => [
      field,
      listFilterParsers[field as ListFilterField](field, value),
    ]),
  );
}

/** Officers read their own country whatever they ask; the others read the countries they ask for. */
function countryFilter(user: SessionUser, country: unknown): readonly string[] | undefined {
  if (!seesEveryCountry(user)) return [user.country ?? ''];
  return country === undefined ? undefined : anyCode('country', country);
}

/**
 * The analytics filter from the query string. Analysts and administrators see every country; other
 * roles only their own, whatever the filter asks. Without asOf, the figures are today's (UTC).
 */
export function analyticsFilter(
  { filter: raw, asOf }: AnalyticsParams,
  user: SessionUser,
  today: string,
): AnalyticsFilter {
  const { country, from, to, ...lists } = filterParam(jsonParam('filter', raw));
  const countries = countryFilter(user, country);
  return {
    ...(countries && { country: countries }),
    ...listFilters(lists),
    ...(from !== undefined && { from: date('filter', 'from', from) }),
    ...(to !== undefined && { to: date('filter', 'to', to) }),
    asOf: date('asOf', 'asOf', asOf) ?? today,
  };
}
