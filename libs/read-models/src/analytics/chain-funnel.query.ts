import type { AnalyticsGroup, ChainFunnelRow } from '@greenchain/contracts';
import type { SqlExecutor } from '@greenchain/event-store';
import { filteredCasesSql, groupKeySql, heldOn, type AnalyticsFilter } from './analytics-scope';
import { chainFunnelRows, type FurthestStepRow } from './chain-funnel-rows';
import { SqlParameters } from './sql-parameters';

const finallyConvicted = ['convicted', 'sentenced'];
const sentenced = 'sentenced';

/**
 * The step after seized each defendant reached by the as-of day, in order: a step counts only when
 * every step before it does. Referral and settlement are the case's, so they hold for each of its
 * defendants; charges count even when withdrawn or ended in acquittal; a conviction counts while in
 * force (an appeal that overturned it takes it away), and so does its sentence.
 */
function stepConditions(bind: (value: unknown) => string): readonly string[] {
  return [
    'c.referred_on IS NOT NULL OR c.settled_on IS NOT NULL',
    'h.charged_on IS NOT NULL',
    `h.status = ANY(${bind(finallyConvicted)}::text[])`,
    `h.status = ${bind(sentenced)}`,
  ];
}

/** The index of the furthest step reached (0: seized only). */
const furthestStepSql = (conditions: readonly string[]) =>
  `CASE ${conditions.map((condition, index) => `WHEN NOT coalesce(${condition}, false) THEN ${index}`).join(' ')} ELSE ${conditions.length} END`;

/**
 * The chain funnel per group at the as-of date, in cases and defendants, from the case and
 * defendant histories (no personal field): how many stopped at each step, which the rows turn into
 * "ever reached" counts and rates. A case reached a step when one of its defendants did, or, for
 * referral and settlement, when the case did (a case with no defendant named stops there).
 */
export class ChainFunnelQuery {
  constructor(private readonly executor: SqlExecutor) {}

  async rows(filter: AnalyticsFilter, group: AnalyticsGroup): Promise<ChainFunnelRow[]> {
    const parameters = new SqlParameters();
    const cases = filteredCasesSql(filter, parameters);
    const conditions = stepConditions((value) => parameters.bind(value));
    const rows = (await this.executor.query(
      `WITH ${cases.sql},
       d AS (
         SELECT h.case_id, ${furthestStepSql(conditions)} AS furthest
           FROM defendant_history h JOIN c USING (case_id)
          WHERE ${heldOn('h', cases.asOf)}),
       u AS (
         SELECT c.case_id, true AS is_case,
                greatest((${conditions[0]})::int, max(d.furthest)) AS furthest
           FROM c LEFT JOIN d USING (case_id)
          GROUP BY c.case_id, c.referred_on, c.settled_on
         UNION ALL
         SELECT case_id, false, furthest FROM d)
       SELECT g.key, u.furthest,
              count(*) FILTER (WHERE u.is_case)::int AS cases,
              count(*) FILTER (WHERE NOT u.is_case)::int AS defendants,
              count(*) FILTER (WHERE u.is_case AND c.referred_on IS NOT NULL)::int AS referred_cases,
              count(*) FILTER (WHERE NOT u.is_case AND c.referred_on IS NOT NULL)::int
                AS referred_defendants,
              count(*) FILTER (WHERE u.is_case AND c.settled_on IS NOT NULL)::int AS settled_cases,
              count(*) FILTER (WHERE NOT u.is_case AND c.settled_on IS NOT NULL)::int
                AS settled_defendants
         FROM u JOIN c USING (case_id)
        CROSS JOIN LATERAL unnest(${groupKeySql(group)}) AS g(key)
        GROUP BY g.key, u.furthest ORDER BY g.key NULLS LAST`,
      [...parameters.values],
    )) as FurthestStepRow[];
    return chainFunnelRows(rows, conditions.length + 1);
  }
}
