import { compact } from '../../shared/same-data';
import { calendarDate, dayOf, entityId, oneOf, optional } from '../../values';
import type { FlagDeadlineMissed } from '../case.commands';
import { deadlineSteps } from '../case.data';
import { caseError } from '../case.errors';
import type { CaseEvent } from '../case.events';
import { deadlineKey, type CaseState } from '../case.state';
import type { CaseContext } from './case-rules';
import { isDeadlinePending } from './deadline-pending';

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
  if (!isDeadlinePending(state, step, partyId)) {
    return caseError('case/deadline-not-pending', `no ${step} is awaited`, 'data.step');
  }
  return [
    {
      type: 'StageDeadlineMissed',
      data: compact({ step, deadline, partyId, occurredAt: context.at }),
    },
  ];
}
