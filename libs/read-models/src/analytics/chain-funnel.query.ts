import {
  chainFunnelSteps,
  type AnalyticsGroup,
  type ChainFunnelRow,
  type ChainFunnelStep,
} from '@greenchain/contracts';
import type { SqlExecutor } from '@greenchain/event-store';
import { filteredCasesSql, groupKeySql, heldOn, type AnalyticsFilter } from './analytics-scope';
import { chainFunnelRows, type FurthestStepRow } from './chain-funnel-rows';
import { sentencedDefendantsCte } from './money/sentenced-defendants.sql';
import { SqlParameters } from './sql-parameters';

type LaterStep = Exclude<ChainFunnelStep, 'seized'>;
const laterSteps = chainFunnelSteps.filter((step): step is LaterStep => step !== 'seized');
const referredOrSettled = 'c.referred_on IS NOT NULL OR c.settled_on IS NOT NULL';

/**
 * The step after seized each defendant reached by the as-of day, in order: a step counts only when
 * every step before it does. Referral and settlement are the case's, so they hold for each of its
 * defendants; charges count even when withdrawn or ended in acquittal. Conviction, sentence and
 * deterrence come from `sentenced` (one row per finally convicted defendant), the definitions
 * penalty adequacy shares: a conviction an appeal overturned is not in it.
 */
const stepConditions: Readonly<Record<LaterStep, string>> = {
  referred_or_settled: referredOrSettled,
  charged: 'h.charged_on IS NOT NULL',
  convicted: 's.party_id IS NOT NULL',
  sentenced: 's.sentenced',
  deterrent: 's.deterrent',
};

/** The index in chainFunnelSteps of the furthest step a defendant reached (0: seized only). */
const furthestStep = `CASE ${laterSteps
  .map((step, index) => `WHEN NOT coalesce(${stepConditions[step]}, false) THEN ${index}`)
  .join(' ')} ELSE ${laterSteps.length} END`;

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
    const rows = (await this.executor.query(
      `WITH ${cases.sql},
       ${sentencedDefendantsCte(cases, parameters)},
       d AS (
         SELECT h.case_id, ${furthestStep} AS furthest
           FROM defendant_history h JOIN c USING (case_id)
           LEFT JOIN sentenced s ON s.case_id = h.case_id AND s.party_id = h.party_id
          WHERE ${heldOn('h', cases.asOf)}),
       u AS (
         SELECT c.case_id, true AS is_case,
                greatest((${referredOrSettled})::int, max(d.furthest)) AS furthest
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
    return chainFunnelRows(rows);
  }
}
