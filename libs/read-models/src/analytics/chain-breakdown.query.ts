import type { AnalyticsGroup, ChainBreakdownRow } from '@greenchain/contracts';
import type { SqlExecutor } from '@greenchain/event-store';
import {
  defaultStalledDeadlines,
  stalledCondition,
  type StalledDeadlines,
} from '../projections/case-summary/stalled-deadlines';
import {
  filteredCasesSql,
  groupLabel,
  groupsWithTotalSql,
  heldOn,
  type AnalyticsFilter,
} from './analytics-scope';
import { SqlParameters } from './sql-parameters';

const postAcceptanceStages = ['PROSECUTION', 'CHARGED', 'TRIAL', 'SENTENCED', 'APPEAL'];
const noConviction = ['acquitted', 'dismissed_on_merits', 'dismissed_procedural'];

/**
 * The chain funnel broken down by country, agreement, port or year, counted in cases as they stood
 * on the as-of day, from the case and defendant histories and the stage transitions dated by then
 * (no personal field in any of them). Stalls are judged on the as-of day with the countries'
 * deadlines.
 */
export class ChainBreakdownQuery {
  constructor(
    private readonly executor: SqlExecutor,
    private readonly deadlines: StalledDeadlines = defaultStalledDeadlines,
  ) {}

  async rows(filter: AnalyticsFilter, group: AnalyticsGroup): Promise<ChainBreakdownRow[]> {
    const parameters = new SqlParameters();
    const cases = filteredCasesSql(filter, parameters);
    const bind = (value: unknown) => parameters.bind(value);
    const stalled = stalledCondition(this.deadlines, filter.asOf, bind);
    const rows = (await this.executor.query(
      `WITH ${cases.sql},
       d AS (
         SELECT case_id, bool_or(declined_on IS NOT NULL) AS declined,
                bool_or(verdict = ANY(${bind(noConviction)}::text[])) AS dismissed, min(verdict_on) AS first_verdict_on
           FROM defendant_history h
          WHERE ${heldOn('h', cases.asOf)} AND case_id IN (SELECT case_id FROM c) GROUP BY case_id),
       a AS (
         SELECT DISTINCT case_id FROM stage_transitions
          WHERE to_stage = ANY(${bind(postAcceptanceStages)}::text[])
            AND left(occurred_at, 10)::date <= ${cases.asOf}
            AND case_id IN (SELECT case_id FROM c))
       SELECT g.key, g.total,
              count(*)::int AS seized,
              count(*) FILTER (WHERE c.referred_on IS NOT NULL)::int AS referred,
              count(*) FILTER (WHERE a.case_id IS NOT NULL)::int AS accepted,
              count(*) FILTER (WHERE c.first_charged_on IS NOT NULL)::int AS charged,
              count(*) FILTER (WHERE c.convicted_count > 0)::int AS convicted,
              count(*) FILTER (WHERE c.sentenced_count > 0)::int AS sentenced,
              count(*) FILTER (WHERE c.closed)::int AS closed,
              count(*) FILTER (WHERE coalesce(d.declined, false)
                OR (c.outcome = 'ended_without_conviction' AND c.defendant_count = 0))::int AS declined,
              count(*) FILTER (WHERE coalesce(d.dismissed, false))::int AS dismissed,
              count(*) FILTER (WHERE coalesce(${stalled}, false))::int AS stalled,
              count(d.first_verdict_on)::int AS verdicts,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY d.first_verdict_on - c.seized_on)
                AS median_days
         FROM c LEFT JOIN d USING (case_id) LEFT JOIN a USING (case_id)
        ${groupsWithTotalSql(group)}
        GROUP BY g.total, g.key ORDER BY g.total, g.key NULLS LAST`,
      [...parameters.values],
    )) as (Record<string, number> & {
      key: string | null;
      total: boolean;
      median_days: number | null;
    })[];
    return rows.map((row) => ({
      id: groupLabel(row),
      group: groupLabel(row),
      seized: row.seized ?? 0,
      referred: row.referred ?? 0,
      accepted: row.accepted ?? 0,
      charged: row.charged ?? 0,
      convicted: row.convicted ?? 0,
      sentenced: row.sentenced ?? 0,
      closed: row.closed ?? 0,
      declined: row.declined ?? 0,
      dismissedOrAcquitted: row.dismissed ?? 0,
      stalled: row.stalled ?? 0,
      verdicts: row.verdicts ?? 0,
      medianDaysToVerdict: row.median_days === null ? null : Number(row.median_days),
    }));
  }
}
