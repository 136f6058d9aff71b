import { deadlineSteps, type AnalyticsGroup, type StalledRow } from '@greenchain/contracts';
import type { SqlExecutor } from '@greenchain/event-store';
import {
  deadlineDaysSql,
  defaultStalledDeadlines,
  type StalledDeadlines,
} from '../projections/case-summary/stalled-deadlines';
import { filteredCasesSql, groupKeySql, heldOn, type AnalyticsFilter } from './analytics-scope';
import { SqlParameters } from './sql-parameters';
import { stalledRows, type StallTally } from './stalled';

/**
 * The pending steps per group on the as-of day, from the case and defendant histories (business
 * dates only, never the wall clock): the referral and charge decisions per case, from the clocks
 * case_history keeps; the verdict per charged defendant of an open case, from that defendant's
 * charges. Deadlines are the case's country's.
 */
export class StalledQuery {
  constructor(
    private readonly executor: SqlExecutor,
    private readonly deadlines: StalledDeadlines = defaultStalledDeadlines,
  ) {}

  async rows(filter: AnalyticsFilter, group: AnalyticsGroup): Promise<StalledRow[]> {
    const parameters = new SqlParameters();
    const cases = filteredCasesSql(filter, parameters);
    const [referral, charge, verdict] = deadlineSteps.map(
      (step) => `${parameters.bind(step)}::text`,
    );
    const days = `CASE step ${deadlineSteps
      .map(
        (step) =>
          `WHEN ${parameters.bind(step)} THEN ${deadlineDaysSql(this.deadlines, step, (value) => parameters.bind(value))}`,
      )
      .join(' ')} END`;
    const tallies = (await this.executor.query(
      `WITH ${cases.sql},
       k AS (SELECT c.*, g.key FROM c CROSS JOIN LATERAL unnest(${groupKeySql(group)}) AS g(key)),
       p AS (
         SELECT key, country, ${referral} AS step, referral_decision_since AS since
           FROM k WHERE referral_decision_since IS NOT NULL
         UNION ALL
         SELECT key, country, ${charge}, charge_decision_since
           FROM k WHERE charge_decision_since IS NOT NULL
         UNION ALL
         SELECT k.key, k.country, ${verdict}, h.charged_on
           FROM k JOIN defendant_history h ON h.case_id = k.case_id AND ${heldOn('h', cases.asOf)}
          WHERE k.verdict_since IS NOT NULL AND h.status = ${parameters.bind('charged')} AND h.charged_on IS NOT NULL)
       SELECT key, step, greatest(0, ${cases.asOf} - since) AS days,
              ${cases.asOf} - (since + ${days}) AS overdue, count(*)::int AS count
         FROM p GROUP BY key, step, since, country
       UNION ALL
       SELECT DISTINCT key, NULL, 0, 0, 0 FROM k
       ORDER BY key NULLS LAST, step, days`,
      [...parameters.values],
    )) as StallTally[];
    return stalledRows(tallies);
  }
}
