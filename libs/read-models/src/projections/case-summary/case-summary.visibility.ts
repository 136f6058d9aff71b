import type { ShareableField } from '@greenchain/domain';

/**
 * The parts of a case a share must include for a column to show to the country it is shared with.
 * Columns not named here are the case's life (id, country, stage, outcome, closed, deadlines): a
 * share always shows them. Defendant counts count parties, so they need the parties as well.
 */
/** An officer reading the list: their country's cases, and those shared with their agency. */
export interface CaseSummaryViewer {
  readonly country: string;
  /** The officer's agency, as a share names it; null for an officer without one (no share reaches them). */
  readonly agency: string | null;
}

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
 * The case_summary rows an officer sees, as a derived table with the view's column names: their
 * country's cases whole, and the cases shared with their agency (active on `on`) with only the
 * shared parts, the other columns null. A share names one agency of a country, so another agency of
 * that country sees nothing of it. Filters and sorts then run on what the officer sees, so a hidden
 * value can neither show nor be probed by filtering on it. Two branches: the own rows as stored (the
 * country index serves them), and the few rows with a share for the agency, whose granted parts are
 * worked out row by row. `bind` makes each value a query parameter.
 */
export function visibleCaseSummaries(
  table: string,
  { country, agency }: CaseSummaryViewer,
  on: string,
  bind: (value: unknown) => string,
): string {
  const columns = [...alwaysShown, ...Object.keys(columnNeeds)];
  const masked = Object.entries(columnNeeds).map(
    ([column, needs]) => `CASE WHEN granted.fields @> ${bind(needs)}::text[] THEN c.${column} END`,
  );
  const viewerCountry = `${bind(country)}::text`;
  // No agency matches a null one: an officer without an agency is shared nothing.
  const viewerAgency = `${bind(agency)}::text`;
  return `(SELECT ${columns.join(', ')}, false AS shared_with_me
       FROM ${table} WHERE country = ${viewerCountry}
     UNION ALL
     SELECT ${[...alwaysShown.map((column) => `c.${column}`), ...masked].join(', ')}, true
       FROM ${table} c
       JOIN LATERAL (
         SELECT array_agg(DISTINCT part) AS fields
           FROM jsonb_array_elements(c.shares) share
          CROSS JOIN LATERAL jsonb_array_elements_text(share->'fields') part
          WHERE share->>'country' = ${viewerCountry} AND share->>'agency' = ${viewerAgency}
            AND share->>'until' >= ${bind(on)}::text
       ) granted ON granted.fields IS NOT NULL
      WHERE jsonb_array_length(c.shares) > 0 AND c.country <> ${viewerCountry}
        AND c.shares @> jsonb_build_array(
          jsonb_build_object('country', ${viewerCountry}, 'agency', ${viewerAgency}))
    ) AS visible`;
}
