import {
  chainOutcome,
  defendantStatus,
  type CaseState,
  type DeadlineStep,
} from '@greenchain/domain';
import { dateOf } from '../../shared/case-events';

export interface PendingDeadline {
  readonly step: DeadlineStep;
  /** Set for the verdict clock, which runs per defendant. */
  readonly partyId: string | undefined;
  /** The day the clock started (YYYY-MM-DD). */
  readonly startedOn: string;
  /**
   * The last deadline already flagged as missed for this step, if any; a withdrawn flag counts, so the
   * scan does not raise again a deadline the step was found to have met.
   */
  readonly missedDeadline: string | undefined;
}

/**
 * The steps a case awaits, with the day each clock started (referral decision from the seizure,
 * charge decision from the referral, verdict from that defendant's charges). The conditions are the
 * ones FlagDeadlineMissed checks, so a flagged deadline is one the case accepts.
 */
export function pendingDeadlines(state: CaseState): PendingDeadline[] {
  if (state.status !== 'open' || chainOutcome(state) !== 'open') return [];
  const missed = (step: DeadlineStep, partyId?: string) =>
    state.missedDeadlines
      .filter((key) => key.startsWith(`${step}|`) && key.endsWith(`|${partyId ?? ''}`))
      .map((key) => key.split('|')[1] ?? '')
      .sort()
      .at(-1);
  const pending: PendingDeadline[] = [];
  const clock = (step: DeadlineStep, startedAt: string | undefined, partyId?: string) => {
    const startedOn = dateOf(startedAt);
    if (startedOn !== null) {
      pending.push({ step, partyId, startedOn, missedDeadline: missed(step, partyId) });
    }
  };
  const referral = state.referral;
  if (!state.settlement && (!referral || referral.status === 'returned')) {
    clock('referral_decision', state.seizure?.occurredAt);
  }
  const statuses = Object.values(state.parties).map((party) => defendantStatus(party.defendant));
  const awaitingCharges =
    statuses.includes('suspect') || (statuses.length === 0 && !state.declinedAll);
  if ((referral?.status === 'pending' || referral?.status === 'accepted') && awaitingCharges) {
    clock('charge_decision', referral.request.occurredAt);
  }
  for (const [partyId, party] of Object.entries(state.parties)) {
    if (defendantStatus(party.defendant) === 'charged') {
      clock('verdict', party.defendant.chargedAt, partyId);
    }
  }
  return pending;
}
