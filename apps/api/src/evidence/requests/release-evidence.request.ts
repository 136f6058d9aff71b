import { textLimits } from '@greenchain/contracts';
import { type ReleaseEvidenceData } from '@greenchain/domain';
import { Text } from '../../commands/bodies/text.decorators';
import { DateOrderedRequest, fieldsOf } from '../../commands/command.request';

export class ReleaseEvidenceRequest extends DateOrderedRequest {
  @Text(100, 'The current custodian.')
  holderId!: string;

  @Text(textLimits.name, 'To whom it is released.')
  releasedTo!: string;

  @Text(textLimits.note, 'Why.')
  reason!: string;

  toData(): ReleaseEvidenceData {
    return fieldsOf(this);
  }
}
