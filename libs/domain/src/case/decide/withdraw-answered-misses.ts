import { compact } from '../../shared/same-data';
import { dayOf } from '../../values';
import type { CaseEvent } from '../case.events';
import { evolveCase } from '../case.evolve';
import { deadlineOfKey, standingMissedDeadlines, type CaseState } from '../case.state';
import type { CaseContext } from './case-rules';
import { isDeadlinePending } from './deadline-pending';

/**
 * The withdrawals of the standing missed-deadline flags a decision answers: the step was awaited,
 * the decision's events end it, and its business date is on or before the deadline. Officers often
 * record a step after the wall-clock scan flagged it; by its business date it was not missed.
 */
export function missWithdrawals(
  state: CaseState,
  events: readonly CaseEvent[],
  context: CaseContext,
): CaseEvent[] {
  const standing = standingMissedDeadlines(state);
  if (events.length === 0 || standing.length === 0) return [];
  const after = events.reduce(evolveCase, state);
  const day = dayOf(context.at);
  return standing.map(deadlineOfKey).flatMap(({ step, deadline, partyId }) =>
    day <= deadline &&
    isDeadlinePending(state, step, partyId) &&
    !isDeadlinePending(after, step, partyId)
      ? [
          {
            type: 'StageDeadlineMissWithdrawn' as const,
            data: compact({ step, deadline, partyId, occurredAt: context.at }),
          },
        ]
      : [],
  );
}
