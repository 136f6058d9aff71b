import { type SessionUser } from '@greenchain/contracts';
import { type AnalyticsFilter } from '@greenchain/read-models';
import { filterParam, invalidListParam, jsonParam, noFilterParam } from '../records/list-params';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function codes(name: string, value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const list: unknown[] = Array.isArray(value) ? value : [value];
  if (list.length > 100 || !list.every((code) => typeof code === 'string' && code.length <= 100)) {
    throw invalidListParam('filter', `${name} must be a code or a list of at most 100 codes`);
  }
  return list as string[];
}

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

/**
 * The analytics filter from the query string. Analysts and administrators see every country; other
 * roles only their own, whatever the filter asks. Without asOf, the figures are today's (UTC).
 */
export function analyticsFilter(
  { filter: raw, asOf }: AnalyticsParams,
  user: SessionUser,
  today: string,
): AnalyticsFilter {
  const { country, agreement, port, from, to, ...unknown } = filterParam(jsonParam('filter', raw));
  noFilterParam(unknown);
  const countries = seesEveryCountry(user) ? codes('country', country) : [user.country ?? ''];
  return {
    ...(countries && { country: countries }),
    ...(agreement !== undefined && { agreement: codes('agreement', agreement) }),
    ...(port !== undefined && { port: codes('port', port) }),
    ...(from !== undefined && { from: date('filter', 'from', from) }),
    ...(to !== undefined && { to: date('filter', 'to', to) }),
    asOf: date('asOf', 'asOf', asOf) ?? today,
  };
}
