import {
  caseStage,
  chainOutcome,
  defendantStatus,
  droppedOut,
  standingMissedDeadlines,
  type CaseState,
  type DeadlineStep,
  type ItemState,
  type ShareableField,
} from '@greenchain/domain';
import { regionOf } from '@greenchain/reference-data';
import { dateOf } from '../../shared/case-events';
import { pendingDeadlines } from '../deadlines/pending-deadlines';
import { itemBreakdowns } from './item-breakdowns';

/** One share of a case as the list needs it: which agency of which country, which parts, until when. */
export interface CaseSummaryShare {
  readonly country: string;
  readonly agency: string;
  readonly fields: readonly ShareableField[];
  /** Last day of access (YYYY-MM-DD). */
  readonly until: string;
}

/** The row of case_summary, column for column. */
export interface CaseSummaryRow {
  case_id: string;
  reference: string | null;
  country: string;
  /** The UN M49 region of the country (see libs/reference-data regions.ts). */
  region: string | null;
  agency: string;
  port: string | null;
  location_type: string | null;
  direction: string | null;
  transport_mode: string | null;
  route_origin: string | null;
  /** The transit countries in the order of the route. */
  route_transit: string[];
  route_destination: string | null;
  agreements: string[];
  hs_chapters: string[];
  species_substances: string[];
  commodity_groups: string[];
  stage: string | null;
  outcome: string;
  closed: boolean;
  seized_on: string | null;
  referred_on: string | null;
  first_charged_on: string | null;
  /** Null in a batch without a stage change: the stored value is kept (see the projection). */
  last_stage_change_on: string | null;
  referral_decision_since: string | null;
  charge_decision_since: string | null;
  verdict_since: string | null;
  item_count: number;
  value_known: boolean;
  value_total_usd: number | null;
  defendant_count: number;
  charged_count: number;
  outcome_count: number;
  convicted_count: number;
  sentenced_count: number;
  disposal_count: number;
  missed_deadline_count: number;
  /** The shares not revoked, expired ones included: expiry is judged when the list is read. */
  shares: CaseSummaryShare[];
  stream_version: number;
  last_position: number;
  updated_at: string;
}

const minDate = (dates: readonly (string | null)[]): string | null =>
  dates.filter((date): date is string => date !== null).sort()[0] ?? null;

/** The start of each pending step's clock; the verdict's is the earliest defendant's. */
function pendingClocks(state: CaseState) {
  const pending = pendingDeadlines(state);
  const startOf = (step: DeadlineStep) =>
    minDate(pending.filter((clock) => clock.step === step).map((clock) => clock.startedOn));
  return {
    referral: startOf('referral_decision'),
    charge: startOf('charge_decision'),
    verdict: startOf('verdict'),
  };
}

/** Case value in USD, known only if every item still in the case has a USD value (never partial). */
function caseValue(state: CaseState): { known: boolean; totalUsd: number | null } {
  const items = Object.values(state.items).filter((item) => !item.removed);
  const values = items.map((item) => item.details.estimatedValue);
  const known =
    items.length > 0 && values.every((value) => value !== undefined && value.currency === 'USD');
  const total = values.reduce((sum, value) => sum + (value?.amount ?? 0), 0);
  return { known, totalUsd: known ? total : null };
}

/** Sorted, so replaying the same events writes the very same row. */
function activeShares(state: CaseState): CaseSummaryShare[] {
  return Object.values(state.shares)
    .filter(({ revoked }) => revoked === undefined)
    .map(({ shared }) => ({
      country: shared.country,
      agency: shared.agency,
      fields: [...shared.fields].sort(),
      until: shared.until,
    }))
    .sort(
      (a, b) =>
        a.country.localeCompare(b.country) ||
        a.agency.localeCompare(b.agency) ||
        a.until.localeCompare(b.until),
    );
}

type ItemBreakdowns = ReturnType<typeof itemBreakdowns>;

/**
 * The breakdowns of a case's items, computed once per items object: evolve replaces `state.items`
 * only when an item changes, and case-history derives a row for every business day of a case (most
 * of them with the same items) beside case-summary's row. The lists are shared: never mutate them.
 */
const breakdownsByItems = new WeakMap<CaseState['items'], ItemBreakdowns>();

function breakdownsOf(state: CaseState, items: readonly ItemState[]): ItemBreakdowns {
  let breakdowns = breakdownsByItems.get(state.items);
  if (!breakdowns) {
    breakdowns = itemBreakdowns(items.map((item) => item.details));
    breakdownsByItems.set(state.items, breakdowns);
  }
  return breakdowns;
}

export function caseSummaryRow(
  caseId: string,
  state: CaseState,
  version: number,
  position: number,
  recordedAt: string,
  stageChangedOn: string | null,
): CaseSummaryRow {
  const seizure = state.seizure;
  const items = Object.values(state.items).filter((item) => !item.removed);
  const country = seizure?.country ?? '';
  const defendants = Object.values(state.parties).map((party) => party.defendant);
  const statuses = defendants.map(defendantStatus);
  const clocks = pendingClocks(state);
  const value = caseValue(state);
  const breakdowns = breakdownsOf(state, items);
  // The breakdowns named one by one: a spread in this literal makes V8 build each row more slowly.
  return {
    case_id: caseId,
    reference: seizure?.reference ?? null,
    country,
    region: regionOf(country) ?? null,
    agency: seizure?.agency ?? '',
    port: seizure?.location.name ?? null,
    location_type: seizure?.location.type ?? null,
    direction: seizure?.direction ?? null,
    transport_mode: seizure?.transportMode ?? null,
    route_origin: seizure?.route.origin ?? null,
    route_transit: [...(seizure?.route.transit ?? [])],
    route_destination: seizure?.route.destination ?? null,
    agreements: breakdowns.agreements,
    hs_chapters: breakdowns.hs_chapters,
    species_substances: breakdowns.species_substances,
    commodity_groups: breakdowns.commodity_groups,
    stage: caseStage(state) ?? null,
    outcome: chainOutcome(state),
    closed: state.status === 'closed',
    seized_on: dateOf(seizure?.occurredAt),
    referred_on: dateOf(state.referral?.request.occurredAt),
    first_charged_on: minDate(defendants.map((defendant) => dateOf(defendant.chargedAt))),
    last_stage_change_on: stageChangedOn,
    referral_decision_since: clocks.referral,
    charge_decision_since: clocks.charge,
    verdict_since: clocks.verdict,
    item_count: items.length,
    value_known: value.known,
    value_total_usd: value.totalUsd,
    defendant_count: defendants.length,
    charged_count: defendants.filter((defendant) => defendant.chargedAt !== undefined).length,
    outcome_count: statuses.filter((status) => status === 'sentenced' || droppedOut.has(status))
      .length,
    convicted_count: statuses.filter((status) => status === 'convicted' || status === 'sentenced')
      .length,
    sentenced_count: statuses.filter((status) => status === 'sentenced').length,
    disposal_count: Object.keys(state.disposals).length,
    missed_deadline_count: standingMissedDeadlines(state).length,
    shares: activeShares(state),
    stream_version: version,
    last_position: position,
    updated_at: recordedAt,
  };
}
