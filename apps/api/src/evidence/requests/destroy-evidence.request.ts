import { textLimits } from '@greenchain/contracts';
import { type DestroyEvidenceData } from '@greenchain/domain';
import { OptionalText, Text } from '../../commands/bodies/text.decorators';
import { DateOrderedRequest, fieldsOf } from '../../commands/command.request';

export class DestroyEvidenceRequest extends DateOrderedRequest {
  @Text(100, 'The current custodian.')
  holderId!: string;

  @Text(textLimits.name, 'How it was destroyed.')
  method!: string;

  @Text(textLimits.note, 'Why.')
  reason!: string;

  @Text(textLimits.name, 'The order or decision that allowed it.')
  authority!: string;

  @OptionalText(textLimits.name)
  witness?: string;

  toData(): DestroyEvidenceData {
    return fieldsOf(this);
  }
}
