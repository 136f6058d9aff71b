import { textLimits } from '@greenchain/contracts';
import { type RecordDisposalData } from '@greenchain/domain';
import { MoneyBody } from '../../commands/bodies/money.body';
import { Nested, OptionalText, Text } from '../../commands/bodies/text.decorators';
import { type BuildContext, DateOrderedRequest, fieldsOf } from '../../commands/command.request';

export class RecordDisposalRequest extends DateOrderedRequest {
  @Text(50, 'A code of the disposalMethods list.', 'destroyed')
  method!: string;

  @Nested(() => MoneyBody, 'What the disposal cost.', true)
  cost?: MoneyBody;

  @OptionalText(textLimits.note)
  note?: string;

  toData({ ids }: BuildContext, itemId: string): RecordDisposalData {
    return { ...fieldsOf(this), itemId, disposalId: ids.next('disposalId') };
  }
}
