import { textLimits } from '@greenchain/contracts';
import { type WithdrawChargesData } from '@greenchain/domain';
import { OptionalText, Text } from '../../commands/bodies/text.decorators';
import { DateOrderedRequest, fieldsOf } from '../../commands/command.request';

export class WithdrawChargesRequest extends DateOrderedRequest {
  @Text(50, 'A code of the withdrawalReasons list.')
  reasonCode!: string;

  @OptionalText(textLimits.note)
  note?: string;

  toData(partyId: string): WithdrawChargesData {
    return { ...fieldsOf(this), partyId };
  }
}
