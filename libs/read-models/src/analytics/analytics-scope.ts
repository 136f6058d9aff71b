import { isOwnKey, type AnalyticsGroup } from '@greenchain/contracts';
import { InvalidListParamsError } from '../shared/list-query';

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

/** The parameter filteredCasesSql binds the as-of day to. */
export const asOfParameter = '$6::date';

/** The rows of a history table (case_history and its kin) that held on the as-of day. */
export function heldOn(alias: string, asOf = asOfParameter): string {
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

/**
 * The cases of the filter as they stood on the as-of day, as the CTE `c` over case_history, with
 * its parameters from $1 to $6 (the as-of day). No column of case_history is a personal field.
 */
export function filteredCasesSql(filter: AnalyticsFilter): { sql: string; parameters: unknown[] } {
  return {
    sql: `c AS (
      SELECT * FROM case_history c
       WHERE ${heldOn('c')}
         AND ($1::text[] IS NULL OR c.country = ANY($1))
         AND ($2::text[] IS NULL OR c.agreements && $2)
         AND ($3::text[] IS NULL OR c.port = ANY($3))
         AND ($4::date IS NULL OR c.seized_on >= $4)
         AND ($5::date IS NULL OR c.seized_on <= $5))`,
    parameters: [
      filter.country ?? null,
      filter.agreement ?? null,
      filter.port ?? null,
      filter.from ?? null,
      filter.to ?? null,
      filter.asOf,
    ],
  };
}
