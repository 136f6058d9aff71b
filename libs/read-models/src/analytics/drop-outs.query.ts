import { dropOutReasons, type AnalyticsGroup, type DropOutRow } from '@greenchain/contracts';
import type { SqlExecutor } from '@greenchain/event-store';
import { filteredCasesSql, groupKeySql, heldOn, type AnalyticsFilter } from './analytics-scope';
import { dropOutRows, type DropOutReasonRow, type DropOutTotalsRow } from './drop-out-rows';
import { SqlParameters } from './sql-parameters';

/**
 * Each defendant's reason for leaving the chain at the as-of day (`d`), and each case with its
 * defendants and whether it dropped out (`k`). A defendant's status in force gives the reason; a
 * defendant without a charge decision in a case declined as a whole takes the case's decline and
 * its reason code. A settled case is a legitimate end: neither it nor its defendants drop out.
 * A case drops out when every defendant did; with none named, when it was declined as a whole.
 */
function dropOutCtes(filter: AnalyticsFilter, parameters: SqlParameters): string {
  const cases = filteredCasesSql(filter, parameters);
  const declined = `${parameters.bind('declined')}::text`;
  const suspect = `${parameters.bind('suspect')}::text`;
  const undecidedInDeclinedCase = `h.status = ${suspect} AND c.case_declined_reason IS NOT NULL`;
  return `WITH ${cases.sql},
    d AS (
      SELECT h.case_id,
             CASE WHEN c.settled_on IS NOT NULL THEN NULL
                  WHEN h.status = ANY(${parameters.bind(dropOutReasons)}::text[]) THEN h.status
                  WHEN ${undecidedInDeclinedCase} THEN ${declined} END AS reason,
             CASE WHEN c.settled_on IS NOT NULL THEN NULL
                  WHEN h.status = ${declined} THEN h.declined_reason
                  WHEN ${undecidedInDeclinedCase} THEN c.case_declined_reason END AS reason_code
        FROM defendant_history h JOIN c USING (case_id)
       WHERE ${heldOn('h', cases.asOf)}),
    k AS (
      SELECT c.case_id, count(d.case_id)::int AS defendants,
             count(d.reason)::int AS dropped_defendants,
             c.settled_on IS NULL AND CASE WHEN count(d.case_id) = 0
               THEN c.case_declined_reason IS NOT NULL
               ELSE bool_and(d.reason IS NOT NULL) END AS dropped
        FROM c LEFT JOIN d USING (case_id)
       GROUP BY c.case_id, c.settled_on, c.case_declined_reason),
    r AS (
      SELECT case_id, false AS is_case, reason, reason_code FROM d WHERE reason IS NOT NULL
      UNION ALL
      SELECT DISTINCT d.case_id, true, d.reason, d.reason_code
        FROM d JOIN k USING (case_id) WHERE k.dropped
      UNION ALL
      SELECT k.case_id, true, ${declined}, c.case_declined_reason
        FROM k JOIN c USING (case_id) WHERE k.dropped AND k.defendants = 0)`;
}

/**
 * Drop-outs per group at the as-of date, by reason (declines by reason code), in defendants and in
 * cases, with the settled cases beside them; from the case and defendant histories, no personal
 * field.
 */
export class DropOutsQuery {
  constructor(private readonly executor: SqlExecutor) {}

  async rows(filter: AnalyticsFilter, group: AnalyticsGroup): Promise<DropOutRow[]> {
    const groupKey = groupKeySql(group);
    const totals = new SqlParameters();
    const reasons = new SqlParameters();
    // Two statements over the same cases, side by side on two connections.
    const [totalRows, reasonRows] = (await Promise.all([
      this.executor.query(
        `${dropOutCtes(filter, totals)}
       SELECT g.key, count(*)::int AS cases, sum(k.defendants)::int AS defendants,
              count(*) FILTER (WHERE k.dropped)::int AS dropped_cases,
              sum(k.dropped_defendants)::int AS dropped_defendants,
              count(*) FILTER (WHERE c.settled_on IS NOT NULL)::int AS settled_cases,
              coalesce(sum(k.defendants) FILTER (WHERE c.settled_on IS NOT NULL), 0)::int
                AS settled_defendants
         FROM k JOIN c USING (case_id) CROSS JOIN LATERAL unnest(${groupKey}) AS g(key)
        GROUP BY g.key ORDER BY g.key NULLS LAST`,
        [...totals.values],
      ),
      this.executor.query(
        `${dropOutCtes(filter, reasons)}
       SELECT g.key, r.reason, r.reason_code,
              count(*) FILTER (WHERE r.is_case)::int AS cases,
              count(*) FILTER (WHERE NOT r.is_case)::int AS defendants
         FROM r JOIN c USING (case_id) CROSS JOIN LATERAL unnest(${groupKey}) AS g(key)
        GROUP BY g.key, r.reason, r.reason_code ORDER BY r.reason_code`,
        [...reasons.values],
      ),
    ])) as [DropOutTotalsRow[], DropOutReasonRow[]];
    return dropOutRows(totalRows, reasonRows);
  }
}
