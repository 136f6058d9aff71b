import { compact } from '../../shared/same-data';
import { calendarDate, dayOf, entityId, oneOf, optional } from '../../values';
import type { FlagDeadlineMissed } from '../case.commands';
import { deadlineSteps, type DeadlineStep } from '../case.data';
import { caseError } from '../case.errors';
import type { CaseEvent } from '../case.events';
import { defendantStatus } from '../case-stage';
import { deadlineKey, type CaseState } from '../case.state';
import type { CaseContext } from './case-rules';

/** Whether the step the deadline is for is still awaited (the worker may have raced a decision). */
function isPending(state: CaseState, step: DeadlineStep, partyId: string | undefined): boolean {
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

/** Recorded by the worker when a step is strictly past its deadline; once per step and deadline. */
export function flagDeadlineMissed(
  { data }: FlagDeadlineMissed,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const step = oneOf(deadlineSteps, data.step, 'data.step');
  const deadline = calendarDate(data.deadline, 'data.deadline');
  const partyId = optional(data.partyId, 'data.partyId', entityId);
  if (state.missedDeadlines.includes(deadlineKey(step, deadline, partyId))) return [];
  if (!(deadline < dayOf(context.at))) {
    return caseError(
      'case/deadline-not-passed',
      'the deadline day itself is not yet missed',
      'data.deadline',
    );
  }
  if (!isPending(state, step, partyId)) {
    return caseError('case/deadline-not-pending', `no ${step} is awaited`, 'data.step');
  }
  return [
    {
      type: 'StageDeadlineMissed',
      data: compact({ step, deadline, partyId, occurredAt: context.at }),
    },
  ];
}
