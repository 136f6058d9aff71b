import { textLimits } from '@greenchain/contracts';
import { type RemoveCommodityItemData } from '@greenchain/domain';
import { Text } from '../../commands/bodies/text.decorators';
import { DateOrderedRequest, fieldsOf } from '../../commands/command.request';

export class RemoveCommodityItemRequest extends DateOrderedRequest {
  @Text(textLimits.note, 'Why the item is removed.')
  reason!: string;

  toData(itemId: string): RemoveCommodityItemData {
    return { ...fieldsOf(this), itemId };
  }
}
