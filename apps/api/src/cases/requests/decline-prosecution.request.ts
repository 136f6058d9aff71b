import { textLimits } from '@greenchain/contracts';
import { type DeclineProsecutionData } from '@greenchain/domain';
import { OptionalText, Text } from '../../commands/bodies/text.decorators';
import { DateOrderedRequest, fieldsOf } from '../../commands/command.request';

export class DeclineProsecutionRequest extends DateOrderedRequest {
  @OptionalText(36, 'One defendant; absent for all without a charge decision.')
  partyId?: string;

  @Text(50, 'A code of the declineReasons list.', 'insufficient_evidence')
  reasonCode!: string;

  @OptionalText(textLimits.note)
  note?: string;

  toData(): DeclineProsecutionData {
    return fieldsOf(this);
  }
}
