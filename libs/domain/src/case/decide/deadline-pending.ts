import type { DeadlineStep } from '../case.data';
import { defendantStatus } from '../case-stage';
import type { CaseState } from '../case.state';

/** Whether the step a deadline is for is still awaited in the case as recorded. */
export function isDeadlinePending(
  state: CaseState,
  step: DeadlineStep,
  partyId: string | undefined,
): boolean {
  const statuses = Object.values(state.parties).map((party) => defendantStatus(party.defendant));
  switch (step) {
    case 'referral_decision':
      return !state.settlement && (!state.referral || state.referral.status === 'returned');
    case 'charge_decision':
      return (
        (state.referral?.status === 'pending' || state.referral?.status === 'accepted') &&
        (statuses.includes('suspect') || (statuses.length === 0 && !state.declinedAll))
      );
    case 'verdict': {
      const party = partyId === undefined ? undefined : state.parties[partyId];
      return party !== undefined && defendantStatus(party.defendant) === 'charged';
    }
  }
}
