import { requiredText } from '../../values';
import type { ReopenCase } from '../case.commands';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { caseDateOrder, type CaseContext } from './case-rules';

export function reopenCase(
  { data }: ReopenCase,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const reason = requiredText(data.reason, 'data.reason');
  if (state.status !== 'closed') return [];
  const dated = caseDateOrder(context, state, data.dateOrderReason, [
    'closure',
    state.closure?.occurredAt,
  ]);
  return [{ type: 'CaseReopened', data: { reason, occurredAt: context.at, ...dated } }];
}
