import { isOwnKey, type AnalyticsGroup } from '@greenchain/contracts';
import { InvalidListParamsError } from '../shared/list-query';
import type { SqlParameters } from './sql-parameters';

/** Which cases an aggregate covers, and on which day; seizure dates inclusive (YYYY-MM-DD). */
export interface AnalyticsFilter {
  readonly country?: readonly string[];
  readonly agreement?: readonly string[];
  readonly port?: readonly string[];
  readonly from?: string;
  readonly to?: string;
  /** Only facts dated on or before this day count; stalls are judged on it. */
  readonly asOf: string;
}

/** The rows of a history table (case_history and its kin) that held on the as-of day (a placeholder). */
export function heldOn(alias: string, asOf: string): string {
  return `${alias}.valid_from <= ${asOf} AND (${alias}.valid_until IS NULL OR ${alias}.valid_until > ${asOf})`;
}

/** A group key per case; a case with several agreements counts in each of them. */
const groupKeys: Readonly<Record<AnalyticsGroup, string>> = {
  country: 'ARRAY[c.country]',
  agreement: 'CASE WHEN cardinality(c.agreements) = 0 THEN ARRAY[NULL::text] ELSE c.agreements END',
  port: 'ARRAY[c.port]',
  year: 'ARRAY[extract(year FROM c.seized_on)::int::text]',
};

/** The label of cases without a value for the group (no port, no agreement, no date). */
export const unknownGroup = 'unknown';

export function groupKeySql(group: string): string {
  if (!isOwnKey(groupKeys, group)) {
    throw new InvalidListParamsError(
      'groupBy',
      `unknown group ${JSON.stringify(group.slice(0, 50))}`,
    );
  }
  return groupKeys[group];
}

/** The cases of a filter: the CTE text, and the placeholder of the as-of day to judge them on. */
export interface FilteredCases {
  readonly sql: string;
  /** `$n::date`: the as-of day, for every other fragment of the statement that needs it. */
  readonly asOf: string;
}

/**
 * The cases of the filter as they stood on the as-of day, as the CTE `c` over case_history, its
 * values bound in `parameters`. No column of case_history is a personal field.
 */
export function filteredCasesSql(
  filter: AnalyticsFilter,
  parameters: SqlParameters,
): FilteredCases {
  const asOf = `${parameters.bind(filter.asOf)}::date`;
  const conditions = [heldOn('c', asOf)];
  const where = (value: unknown, cast: string, condition: (placeholder: string) => string) => {
    if (value !== undefined) conditions.push(condition(`${parameters.bind(value)}::${cast}`));
  };
  where(filter.country, 'text[]', (codes) => `c.country = ANY(${codes})`);
  where(filter.agreement, 'text[]', (codes) => `c.agreements && ${codes}`);
  where(filter.port, 'text[]', (codes) => `c.port = ANY(${codes})`);
  where(filter.from, 'date', (day) => `c.seized_on >= ${day}`);
  where(filter.to, 'date', (day) => `c.seized_on <= ${day}`);
  return { sql: `c AS (SELECT * FROM case_history c WHERE ${conditions.join(' AND ')})`, asOf };
}

/** The id and group of the row that counts every case of the filter once, whatever its groups. */
export const totalGroup = 'total';

/**
 * The lateral join giving each case of `c` a row per group key, plus one row marked `g.total` that
 * counts it once (a case under two agreements is one case in the total). Group by `g.total, g.key`.
 */
export function groupsWithTotalSql(group: string): string {
  return `CROSS JOIN LATERAL (
      SELECT key, false FROM unnest(${groupKeySql(group)}) AS key UNION ALL SELECT NULL, true
    ) AS g(key, total)`;
}

/** The id and label of a grouped row: its key, `unknown` without one, `total` for the total. */
export function groupLabel(row: { readonly key: string | null; readonly total: boolean }): string {
  return row.total ? totalGroup : (row.key ?? unknownGroup);
}
