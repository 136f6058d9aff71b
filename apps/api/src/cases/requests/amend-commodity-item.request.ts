import { type AmendCommodityItemData } from '@greenchain/domain';
import { fieldsOf } from '../../commands/command.request';
import { CommodityItemFields } from './commodity-item.fields';

export class AmendCommodityItemRequest extends CommodityItemFields {
  toData(itemId: string): AmendCommodityItemData {
    return { ...fieldsOf(this), itemId };
  }
}
