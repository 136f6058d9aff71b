import { heldOn, type FilteredCases } from '../analytics-scope';
import type { SqlParameters } from '../sql-parameters';
import { usdConversionSql } from './usd-rates.sql';

/**
 * The CTE `sentenced`, to follow the cases CTE `c`: one row per finally convicted defendant
 * (convicted, not overturned on appeal) of those cases on the as-of day, with the sentence in force
 * and its money in USD by the dated rate table (docs/metrics.md, funnel and penalty adequacy).
 * Columns: case_id, party_id, sentenced, sentenced_on, custodial, suspended, fine_usd, value_usd,
 * share_usd, deterrent, fine_to_statutory_max, provisional. A money figure is null when any of its amounts
 * is missing or has no rate (never a partial sum); provisional is true when a provisional rate
 * entered a figure that is not null. The one definition of a deterrent sentence.
 */
export function sentencedDefendantsCte(cases: FilteredCases, parameters: SqlParameters): string {
  const rate = usdConversionSql(parameters);
  const amount = (alias: string, currency: string, on: string) => ({
    join: `LEFT JOIN usd_rate ${alias} ON ${rate.joins(alias, currency, on)}`,
    usd: (value: string) => rate.usd(alias, value, currency),
    provisional: rate.provisional(alias, currency, on),
  });
  const money = amount('r', 'm.currency', 'm.dated_on');
  const maximum = amount('rm', 'd.statutory_max_fine_currency', 'd.sentenced_on');
  const maximumUsd = maximum.usd('d.statutory_max_fine_amount');
  return `sentenced AS (
    WITH usd_rate AS (${rate.rates}),
    money AS (
      SELECT m.case_id, m.kind, m.ref, ${money.usd('m.amount')} AS usd, ${money.provisional} AS provisional
        FROM case_money_history m
        JOIN c ON c.case_id = m.case_id
        ${money.join}
       WHERE ${heldOn('m', cases.asOf)}),
    case_value AS (
      SELECT case_id, CASE WHEN bool_and(usd IS NOT NULL) THEN sum(usd) END AS value_usd,
             bool_or(provisional) AS provisional
        FROM money WHERE kind = 'value' GROUP BY case_id),
    fine AS (
      SELECT case_id, ref AS party_id, CASE WHEN bool_and(usd IS NOT NULL) THEN sum(usd) END AS fine_usd,
             bool_or(provisional) AS provisional
        FROM money WHERE kind = 'fine' GROUP BY case_id, ref),
    convicted AS (
      SELECT d.*, d.status = 'sentenced' AS sentenced,
             count(*) OVER (PARTITION BY d.case_id) AS convicted_in_case,
             ${maximumUsd} AS maximum_usd, ${maximum.provisional} AS maximum_provisional
        FROM defendant_history d
        JOIN c ON c.case_id = d.case_id
        ${maximum.join}
       WHERE ${heldOn('d', cases.asOf)} AND d.status IN ('convicted', 'sentenced')),
    money_figures AS (
      SELECT d.*, f.fine_usd, v.value_usd, v.value_usd / d.convicted_in_case AS share_usd,
             f.fine_usd / NULLIF(d.maximum_usd, 0) AS fine_to_statutory_max,
             f.provisional AS fine_provisional, v.provisional AS value_provisional
        FROM convicted d
        LEFT JOIN fine f ON f.case_id = d.case_id AND f.party_id = d.party_id
        LEFT JOIN case_value v ON v.case_id = d.case_id)
    SELECT case_id, party_id, sentenced, sentenced_on,
           sentenced AND custodial AS custodial,
           sentenced AND NOT custodial AND imprisonment_suspended IS TRUE
             AND imprisonment_months > 0 AS suspended,
           fine_usd, value_usd, share_usd,
           sentenced AND (custodial OR fine_usd >= share_usd) IS TRUE AS deterrent,
           fine_to_statutory_max,
           (fine_usd IS NOT NULL AND fine_provisional)
             OR (value_usd IS NOT NULL AND value_provisional)
             OR (fine_to_statutory_max IS NOT NULL AND maximum_provisional) IS TRUE AS provisional
      FROM money_figures)`;
}
