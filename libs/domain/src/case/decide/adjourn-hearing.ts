import { entityId, requiredText } from '../../values';
import type { AdjournHearing } from '../case.commands';
import { caseError } from '../case.errors';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { caseDateOrder, isCaseRepeat, type CaseContext } from './case-rules';

/** An adjourned hearing does not take place; a new date is a new ScheduleHearing. */
export function adjournHearing(
  { data }: AdjournHearing,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const hearingId = entityId(data.hearingId, 'data.hearingId');
  const reason = requiredText(data.reason, 'data.reason');
  const hearing = state.hearings[hearingId];
  if (!hearing)
    return caseError('case/hearing-not-found', `no hearing ${hearingId}`, 'data.hearingId');
  const earlier = hearing.adjourned;
  if (isCaseRepeat(earlier && { reason: earlier.reason }, { reason }, 'data.hearingId')) return [];
  const dated = caseDateOrder(context, state, data.dateOrderReason, [
    'hearing being scheduled',
    hearing.scheduled.occurredAt,
  ]);
  return [
    { type: 'HearingAdjourned', data: { hearingId, reason, occurredAt: context.at, ...dated } },
  ];
}
