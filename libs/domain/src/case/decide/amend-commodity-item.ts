import { sameData } from '../../shared/same-data';
import type { AmendCommodityItem } from '../case.commands';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { caseDateOrder, requireItem, type CaseContext } from './case-rules';
import { commodityItemDetails } from './commodity-item-details';

export function amendCommodityItem(
  { data }: AmendCommodityItem,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const current = requireItem(state, data.itemId);
  const item = commodityItemDetails(data);
  if (sameData(current.details, item)) return [];
  const dated = caseDateOrder(context, state, data.dateOrderReason);
  return [{ type: 'CommodityItemAmended', data: { ...item, occurredAt: context.at, ...dated } }];
}
