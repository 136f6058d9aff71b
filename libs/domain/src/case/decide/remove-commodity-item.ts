import { entityId, requiredText } from '../../values';
import type { RemoveCommodityItem } from '../case.commands';
import { caseError } from '../case.errors';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { caseDateOrder, requireItem, type CaseContext } from './case-rules';

export function removeCommodityItem(
  { data }: RemoveCommodityItem,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const itemId = entityId(data.itemId, 'data.itemId');
  const reason = requiredText(data.reason, 'data.reason');
  if (state.items[itemId]?.removed) return [];
  const item = requireItem(state, itemId);
  if (item.disposalId !== undefined) {
    return caseError(
      'case/item-disposed',
      'the goods were disposed of; the item stays',
      'data.itemId',
    );
  }
  const dated = caseDateOrder(context, state, data.dateOrderReason);
  return [
    { type: 'CommodityItemRemoved', data: { itemId, reason, occurredAt: context.at, ...dated } },
  ];
}
