import {
  defendantStage,
  defendantStatus,
  type CaseState,
  type DefendantRecord,
  type PartyState,
  type SentenceRecord,
} from '@greenchain/domain';
import { dateOf } from '../../shared/case-events';

/** The penalty-adequacy inputs of the sentence in force (fine, custody, statutory maxima). */
function sentenceFacts(sentence: SentenceRecord | undefined) {
  const lines = sentence?.penaltyLines ?? [];
  const fines = lines.flatMap((line) => (line.type === 'fine' ? [line.amount] : []));
  const prison = lines.flatMap((line) => (line.type === 'imprisonment' ? [line] : []));
  const currencies = new Set(fines.map((fine) => fine.currency));
  // Fines in several currencies cannot be summed without the rate table: leave the amount unknown.
  const [currency] = [...currencies];
  const months = prison.reduce((sum, line) => sum + line.months, 0);
  return {
    sentenced_on: dateOf(sentence?.occurredAt),
    fine_amount: currencies.size === 1 ? fines.reduce((sum, fine) => sum + fine.amount, 0) : null,
    fine_currency: currencies.size === 1 ? (currency ?? null) : null,
    imprisonment_months: prison.length > 0 ? months : null,
    imprisonment_suspended: prison.length > 0 ? prison.every((line) => line.suspended) : null,
    // Custodial = imprisonment > 0 months and not suspended (docs/metrics.md).
    custodial: prison.some((line) => line.months > 0 && !line.suspended),
    statutory_max_fine_amount: sentence?.statutoryMaximum.fine?.amount ?? null,
    statutory_max_fine_currency: sentence?.statutoryMaximum.fine?.currency ?? null,
    statutory_max_months: sentence?.statutoryMaximum.imprisonmentMonths ?? null,
  };
}

function outcomeFacts(defendant: DefendantRecord) {
  return {
    status: defendantStatus(defendant),
    stage: defendantStage(defendant),
    charged_on: dateOf(defendant.chargedAt),
    iccs_classes: [...new Set(Object.values(defendant.charges).map((charge) => charge.iccsClass))],
    declined_reason: defendant.declined?.reasonCode ?? null,
    declined_on: dateOf(defendant.declined?.occurredAt),
    withdrawn_reason: defendant.withdrawn?.reasonCode ?? null,
    withdrawn_on: dateOf(defendant.withdrawn?.occurredAt),
    plea: defendant.plea ?? null,
    verdict: defendant.verdict?.outcome ?? null,
    verdict_on: dateOf(defendant.verdict?.occurredAt),
    verdict_on_appeal: defendant.verdict?.onAppeal ?? false,
    appeal_pending: defendant.pendingAppealId !== undefined,
  };
}

// Object.assign rather than spreads: a literal with two spreads makes V8 build each row slowly.
export function defendantRow(
  caseId: string,
  state: CaseState,
  party: PartyState,
  position: number,
) {
  return Object.assign(
    {
      case_id: caseId,
      party_id: party.details.partyId,
      country: state.seizure?.country ?? '',
      kind: party.details.kind,
      role: party.details.role,
    },
    outcomeFacts(party.defendant),
    sentenceFacts(party.defendant.sentence),
    { last_position: position },
  );
}

export type DefendantRow = ReturnType<typeof defendantRow>;
