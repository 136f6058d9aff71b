import { isOwnKey, type AnalyticsGroup } from '@greenchain/contracts';
import { InvalidListParamsError } from '../shared/list-query';
import type { SqlParameters } from './sql-parameters';

/**
 * Which cases an aggregate covers, and on which day; seizure dates inclusive (YYYY-MM-DD). A list
 * keeps the cases with any of its values (for a case with several agreements, any of them).
 */
export interface AnalyticsFilter {
  readonly country?: readonly string[];
  /** UN M49 region codes ("014"). */
  readonly region?: readonly string[];
  readonly agreement?: readonly string[];
  readonly commodityGroup?: readonly string[];
  /** Two-digit HS chapters ("29"). */
  readonly hsChapter?: readonly string[];
  readonly speciesOrSubstance?: readonly string[];
  readonly port?: readonly string[];
  readonly locationType?: readonly string[];
  readonly direction?: readonly string[];
  readonly year?: readonly number[];
  /** "2025-Q3". */
  readonly quarter?: readonly string[];
  /** Countries of the route: where the goods came from, passed through, were bound for. */
  readonly origin?: readonly string[];
  readonly transit?: readonly string[];
  readonly destination?: readonly string[];
  readonly from?: string;
  readonly to?: string;
  /** Only facts dated on or before this day count; stalls are judged on it. */
  readonly asOf: string;
}

/** The rows of a history table (case_history and its kin) that held on the as-of day (a placeholder). */
export function heldOn(alias: string, asOf: string): string {
  return `${alias}.valid_from <= ${asOf} AND (${alias}.valid_until IS NULL OR ${alias}.valid_until > ${asOf})`;
}

/** A list column as group keys: a case counts under each value, once; with none, under unknown. */
const eachOf = (column: string) =>
  `CASE WHEN cardinality(${column}) = 0 THEN ARRAY[NULL::text] ELSE ${column} END`;

const quarterOf = `to_char(c.seized_on, 'YYYY-"Q"Q')`;

/** "CN → AE → KE": origin, transit countries in order, destination; "?" for an end not recorded. */
const routeOf = `CASE WHEN c.route_origin IS NULL AND c.route_destination IS NULL
    AND cardinality(c.route_transit) = 0 THEN NULL
  ELSE array_to_string(ARRAY[coalesce(c.route_origin, '?')] || c.route_transit
    || ARRAY[coalesce(c.route_destination, '?')], ' → ') END`;

/** The group keys of a case, as a text array. */
const groupKeys: Readonly<Record<AnalyticsGroup, string>> = {
  country: 'ARRAY[c.country]',
  region: 'ARRAY[c.region]',
  agreement: eachOf('c.agreements'),
  commodityGroup: eachOf('c.commodity_groups'),
  hsChapter: eachOf('c.hs_chapters'),
  speciesOrSubstance: eachOf('c.species_substances'),
  port: 'ARRAY[c.port]',
  locationType: 'ARRAY[c.location_type]',
  direction: 'ARRAY[c.direction]',
  year: 'ARRAY[extract(year FROM c.seized_on)::int::text]',
  quarter: `ARRAY[${quarterOf}]`,
  route: `ARRAY[${routeOf}]`,
  all: `ARRAY['all']`,
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

type FilterField = Exclude<keyof AnalyticsFilter, 'asOf'>;

/** Each filter field: the SQL type of its bound value, and the condition on that placeholder. */
const filterConditions: Readonly<
  Record<FilterField, readonly [cast: string, condition: (value: string) => string]>
> = {
  country: ['text[]', (codes) => `c.country = ANY(${codes})`],
  region: ['text[]', (codes) => `c.region = ANY(${codes})`],
  agreement: ['text[]', (codes) => `c.agreements && ${codes}`],
  commodityGroup: ['text[]', (codes) => `c.commodity_groups && ${codes}`],
  hsChapter: ['text[]', (codes) => `c.hs_chapters && ${codes}`],
  speciesOrSubstance: ['text[]', (names) => `c.species_substances && ${names}`],
  port: ['text[]', (names) => `c.port = ANY(${names})`],
  locationType: ['text[]', (codes) => `c.location_type = ANY(${codes})`],
  direction: ['text[]', (codes) => `c.direction = ANY(${codes})`],
  year: ['int[]', (years) => `extract(year FROM c.seized_on)::int = ANY(${years})`],
  quarter: ['text[]', (quarters) => `${quarterOf} = ANY(${quarters})`],
  origin: ['text[]', (codes) => `c.route_origin = ANY(${codes})`],
  transit: ['text[]', (codes) => `c.route_transit && ${codes}`],
  destination: ['text[]', (codes) => `c.route_destination = ANY(${codes})`],
  from: ['date', (day) => `c.seized_on >= ${day}`],
  to: ['date', (day) => `c.seized_on <= ${day}`],
};

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
  for (const [field, [cast, condition]] of Object.entries(filterConditions)) {
    const value = filter[field as FilterField];
    if (value !== undefined) conditions.push(condition(`${parameters.bind(value)}::${cast}`));
  }
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
