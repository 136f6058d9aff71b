import type { ShareableField } from '@greenchain/domain';

/**
 * The parts of a case a share must include for a column to show to the country it is shared with.
 * Columns not named here are the case's life (id, country, stage, outcome, closed, deadlines): a
 * share always shows them. Defendant counts count parties, so they need the parties as well.
 */
const columnNeeds: Readonly<Record<string, readonly ShareableField[]>> = {
  reference: ['seizure'],
  agency: ['seizure'],
  port: ['seizure'],
  location_type: ['seizure'],
  direction: ['seizure'],
  transport_mode: ['seizure'],
  route_origin: ['seizure'],
  route_destination: ['seizure'],
  seized_on: ['seizure'],
  agreements: ['items'],
  hs_chapters: ['items'],
  item_count: ['items'],
  value_known: ['items'],
  value_total_usd: ['items'],
  referred_on: ['prosecution'],
  first_charged_on: ['prosecution'],
  referral_decision_since: ['prosecution'],
  charge_decision_since: ['prosecution'],
  verdict_since: ['court'],
  defendant_count: ['parties'],
  charged_count: ['parties', 'prosecution'],
  outcome_count: ['parties', 'prosecution', 'court'],
  convicted_count: ['parties', 'court'],
  sentenced_count: ['parties', 'court'],
  disposal_count: ['disposal'],
};

const alwaysShown = [
  'case_id',
  'country',
  'stage',
  'outcome',
  'closed',
  'last_stage_change_on',
  'missed_deadline_count',
  'stream_version',
  'last_position',
];

/**
 * The case_summary rows a country sees, as a derived table with the view's column names: its own
 * cases whole, and the cases shared with it (active on `on`) with only the shared parts, the other
 * columns null. Filters and sorts then run on what the country sees, so a hidden value can neither
 * show nor be probed by filtering on it. `literal` inlines a value as a SQL string literal.
 */
export function visibleCaseSummaries(
  table: string,
  country: string,
  on: string,
  literal: (value: string) => string,
): string {
  const own = `c.country = ${literal(country)}`;
  const masked = Object.entries(columnNeeds).map(
    ([column, needs]) =>
      `CASE WHEN ${own} OR granted.fields @> ARRAY[${needs.map(literal).join(', ')}] THEN c.${column} END AS ${column}`,
  );
  return `(SELECT ${[...alwaysShown.map((column) => `c.${column}`), ...masked].join(', ')},
            NOT (${own}) AS shared_with_me
       FROM ${table} c
       LEFT JOIN LATERAL (
         SELECT array_agg(DISTINCT part) AS fields
           FROM jsonb_array_elements(c.shares) share
          CROSS JOIN LATERAL jsonb_array_elements_text(share->'fields') part
          WHERE share->>'country' = ${literal(country)} AND share->>'until' >= ${literal(on)}
       ) granted ON true
      WHERE ${own} OR granted.fields IS NOT NULL) AS visible`;
}
