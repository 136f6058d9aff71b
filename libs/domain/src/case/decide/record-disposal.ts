import { compact, omit } from '../../shared/same-data';
import { entityId, invalidValue, listedCode, money, optional, optionalText } from '../../values';
import type { RecordDisposal } from '../case.commands';
import { caseError } from '../case.errors';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { caseDateOrder, isCaseRepeat, requireItem, type CaseContext } from './case-rules';

/** The fate of seized goods, once per item (live animals may go to a rescue centre at once). */
export function recordDisposal(
  { data }: RecordDisposal,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const method = listedCode('disposalMethods', data.method, 'data.method');
  if (method === 'held_as_evidence') {
    return invalidValue(
      'value/not-in-code-list',
      'data.method',
      'holding goods as evidence is no disposal',
    );
  }
  const disposal = compact({
    disposalId: entityId(data.disposalId, 'data.disposalId'),
    itemId: entityId(data.itemId, 'data.itemId'),
    method,
    cost: optional(data.cost, 'data.cost', money),
    note: optionalText(data.note, 'data.note'),
  });
  const earlier = state.disposals[disposal.disposalId];
  if (
    isCaseRepeat(
      earlier && omit(earlier, 'occurredAt', 'dateOrderReason'),
      disposal,
      'data.disposalId',
    )
  ) {
    return [];
  }
  const item = requireItem(state, disposal.itemId);
  if (item.disposalId !== undefined) {
    return caseError('case/item-disposed', `disposed of by ${item.disposalId}`, 'data.itemId');
  }
  const dated = caseDateOrder(context, state, data.dateOrderReason);
  return [{ type: 'GoodsDisposed', data: { ...disposal, occurredAt: context.at, ...dated } }];
}
