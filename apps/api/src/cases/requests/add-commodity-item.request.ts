import { type AddCommodityItemData } from '@greenchain/domain';
import { type BuildContext, fieldsOf } from '../../commands/command.request';
import { CommodityItemFields } from './commodity-item.fields';

export class AddCommodityItemRequest extends CommodityItemFields {
  toData({ ids }: BuildContext): AddCommodityItemData {
    return { ...fieldsOf(this), itemId: ids.next('itemId') };
  }
}
