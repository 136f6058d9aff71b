import { defendantStatus, droppedOut, type CaseState } from '@greenchain/domain';

/** Which facts the data-completeness figures look for have been recorded for a case. */
export interface RecordedFacts {
  /** Every item still in the case has an estimated value (converting or not); none without items. */
  readonly value_recorded: boolean;
  /**
   * Settled administratively, or every defendant has a terminal outcome (sentenced, or out of the
   * chain without a conviction; convicted awaiting sentence is not terminal); a case without
   * defendants only when prosecution was declined for the unknown offender.
   */
  readonly outcome_recorded: boolean;
}

function outcomeRecorded(state: CaseState): boolean {
  if (state.settlement) return true;
  const statuses = Object.values(state.parties).map((party) => defendantStatus(party.defendant));
  if (statuses.length === 0) return state.declinedAll !== undefined;
  return statuses.every((status) => status === 'sentenced' || droppedOut.has(status));
}

export function recordedFacts(state: CaseState): RecordedFacts {
  const items = Object.values(state.items).filter((item) => !item.removed);
  return {
    value_recorded:
      items.length > 0 && items.every((item) => item.details.estimatedValue !== undefined),
    outcome_recorded: outcomeRecorded(state),
  };
}
