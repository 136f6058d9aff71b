import {
  caseStages,
  type CaseStage,
  type ChainOutcome,
  type DefendantStage,
  type DefendantStatus,
  endedWithoutConviction,
} from '@greenchain/contracts';
import type { CaseState, DefendantRecord } from './case.state';

export function defendantStatus(defendant: DefendantRecord): DefendantStatus {
  if (defendant.declined) return 'declined';
  if (defendant.withdrawn) return 'withdrawn';
  const verdict = defendant.verdict;
  if (verdict) {
    switch (verdict.outcome) {
      case 'convicted':
        return defendant.sentence ? 'sentenced' : 'convicted';
      case 'acquitted':
        return verdict.onAppeal ? 'overturned_on_appeal' : 'acquitted';
      case 'dismissed_on_merits':
      case 'dismissed_procedural':
        return verdict.outcome;
    }
  }
  return Object.keys(defendant.charges).length > 0 ? 'charged' : 'suspect';
}

/** Statuses where this defendant's chain has stopped without a conviction in force. */
export const droppedOut: ReadonlySet<DefendantStatus> = endedWithoutConviction;

export function isConvicted(defendant: DefendantRecord): boolean {
  return defendant.verdict?.outcome === 'convicted';
}

export function hasActiveCharges(defendant: DefendantRecord): boolean {
  return defendantStatus(defendant) === 'charged';
}

/** How far one defendant got; a stopped chain keeps the stage where it stopped. */
export function defendantStage(defendant: DefendantRecord): DefendantStage {
  if (defendant.pendingAppealId !== undefined) return 'APPEAL';
  if (defendant.verdict?.onAppeal) return defendant.sentence ? 'SENTENCED' : 'APPEAL';
  if (defendant.sentence) return 'SENTENCED';
  if (defendant.verdict || defendant.inCourt) return 'TRIAL';
  if (Object.keys(defendant.charges).length > 0) return 'CHARGED';
  return 'PROSECUTION';
}

const rank = (stage: CaseStage) => caseStages.indexOf(stage);

/** The case's stage: closed, settled, detection, referred, or the most advanced defendant's. */
export function caseStage(state: CaseState): CaseStage | undefined {
  if (state.status === 'absent') return undefined;
  if (state.status === 'closed') return 'CLOSED';
  if (state.settlement) return 'ADMINISTRATIVE_SETTLEMENT';
  const referral = state.referral?.status;
  if (referral === undefined || referral === 'returned') return 'DETECTION';
  if (referral === 'pending') return 'REFERRED';
  return Object.values(state.parties)
    .map((party): CaseStage => defendantStage(party.defendant))
    .reduce<CaseStage>((most, stage) => (rank(stage) > rank(most) ? stage : most), 'PROSECUTION');
}

/** How far the case got before it was closed (for an open case, its stage). */
export function stageReached(state: CaseState): CaseStage | undefined {
  return caseStage(state.status === 'closed' ? { ...state, status: 'open' } : state);
}

/**
 * Whether the chain is still moving. It ended without conviction when every defendant (at least
 * one, or a decline of all for an unknown offender) dropped out and no appeal is pending; it
 * concluded when every defendant is sentenced or dropped out, at least one sentenced.
 */
export function chainOutcome(state: CaseState): ChainOutcome {
  if (state.settlement) return 'settled_administratively';
  if (state.referral?.status !== 'accepted') return 'open';
  const defendants = Object.values(state.parties).map((party) => party.defendant);
  if (defendants.some((defendant) => defendant.pendingAppealId !== undefined)) return 'open';
  const statuses = defendants.map(defendantStatus);
  if (statuses.every((status) => droppedOut.has(status))) {
    return statuses.length > 0 || state.declinedAll ? 'ended_without_conviction' : 'open';
  }
  const atRest = statuses.every((status) => status === 'sentenced' || droppedOut.has(status));
  return atRest ? 'concluded_with_sentence' : 'open';
}

export interface CaseProgress {
  readonly stage: CaseStage | undefined;
  readonly outcome: ChainOutcome;
  readonly defendants: Readonly<
    Record<string, { readonly status: DefendantStatus; readonly stage: DefendantStage }>
  >;
}

/** Everything the read side needs to show where the chain stands, per case and per defendant. */
export function caseProgress(state: CaseState): CaseProgress {
  return {
    stage: caseStage(state),
    outcome: chainOutcome(state),
    defendants: Object.fromEntries(
      Object.entries(state.parties).map(([partyId, { defendant }]) => [
        partyId,
        { status: defendantStatus(defendant), stage: defendantStage(defendant) },
      ]),
    ),
  };
}
