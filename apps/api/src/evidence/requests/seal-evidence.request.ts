import { textLimits } from '@greenchain/contracts';
import { type SealEvidenceData } from '@greenchain/domain';
import { Text } from '../../commands/bodies/text.decorators';
import { DateOrderedRequest, fieldsOf } from '../../commands/command.request';

export class SealEvidenceRequest extends DateOrderedRequest {
  @Text(textLimits.identifier, 'The seal number.', 'KRA-S-004512')
  sealNumber!: string;

  @Text(100, 'The current custodian, who seals it.')
  holderId!: string;

  toData(): SealEvidenceData {
    return fieldsOf(this);
  }
}
