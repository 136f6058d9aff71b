import {
  stageTransitions,
  type AnalyticsGroup,
  type StageTransition,
  type TimeInStageRow,
} from '@greenchain/contracts';
import type { SqlExecutor } from '@greenchain/event-store';
import type { DayTally } from '@greenchain/metrics';
import {
  filteredCasesSql,
  groupKeySql,
  unknownGroup,
  type AnalyticsFilter,
} from './analytics-scope';
import { SqlParameters } from './sql-parameters';
import { timeInStageRow } from './time-in-stage';

interface TallyRow {
  key: string | null;
  transition: StageTransition;
  day: number;
  ended: number;
  censored: number;
}

/**
 * Per transition: where the clock starts, the step that ends it, and the other exits that censor
 * it (a case settled instead of referred, every defendant declined, every charge withdrawn). A
 * case still waiting is censored at the as-of date; a step dated before its start counts 0 days.
 */
const spans = (asOf: string) => `
  ('seizure_to_referral', c.seized_on, c.referred_on,
     coalesce(c.referred_on, c.settled_on, ${asOf})),
  ('referral_to_charges', c.referred_on, c.first_charged_on,
     coalesce(c.first_charged_on, c.declined_all_on, c.settled_on, ${asOf})),
  ('charges_to_verdict', c.first_charged_on, c.first_verdict_on,
     coalesce(c.first_verdict_on, c.withdrawn_all_on, ${asOf}))`;

/** Days between the steps of the chain per group, from the case history at the as-of date. */
export class TimeInStageQuery {
  constructor(private readonly executor: SqlExecutor) {}

  async rows(
    filter: AnalyticsFilter,
    group: AnalyticsGroup,
    suppress: boolean,
  ): Promise<TimeInStageRow[]> {
    const parameters = new SqlParameters();
    const cases = filteredCasesSql(filter, parameters);
    const tallies = (await this.executor.query(
      `WITH ${cases.sql},
       spans AS (
         SELECT g.key, t.transition, greatest(0, t.until - t.since) AS day, t.ended IS NOT NULL AS ended
           FROM c CROSS JOIN LATERAL unnest(${groupKeySql(group)}) AS g(key)
          CROSS JOIN LATERAL (VALUES ${spans(cases.asOf)}) AS t(transition, since, ended, until)
          WHERE t.since IS NOT NULL)
       SELECT key, transition, day,
              count(*) FILTER (WHERE ended)::int AS ended,
              count(*) FILTER (WHERE NOT ended)::int AS censored
         FROM spans GROUP BY key, transition, day ORDER BY key NULLS LAST, day`,
      [...parameters.values],
    )) as TallyRow[];
    return grouped(tallies).map((entry) => timeInStageRow(entry, suppress));
  }
}

function grouped(rows: readonly TallyRow[]) {
  const byGroup = new Map<string, Map<StageTransition, DayTally[]>>();
  for (const { key, transition, day, ended, censored } of rows) {
    const group = key ?? unknownGroup;
    const transitions = byGroup.get(group) ?? new Map<StageTransition, DayTally[]>();
    byGroup.set(group, transitions);
    transitions.set(transition, [...(transitions.get(transition) ?? []), { day, ended, censored }]);
  }
  return [...byGroup.entries()].flatMap(([group, transitions]) =>
    stageTransitions.map((transition) => ({
      group,
      transition,
      tallies: transitions.get(transition) ?? [],
    })),
  );
}
