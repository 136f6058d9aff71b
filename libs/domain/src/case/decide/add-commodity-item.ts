import type { AddCommodityItem } from '../case.commands';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { caseDateOrder, isCaseRepeat, type CaseContext } from './case-rules';
import { commodityItemDetails } from './commodity-item-details';

export function addCommodityItem(
  { data }: AddCommodityItem,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const item = commodityItemDetails(data);
  if (isCaseRepeat(state.items[item.itemId]?.details, item, 'data.itemId')) return [];
  const dated = caseDateOrder(context, state, data.dateOrderReason);
  return [{ type: 'CommodityItemAdded', data: { ...item, occurredAt: context.at, ...dated } }];
}
