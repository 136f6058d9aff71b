import { type DestroyEvidenceData } from '@greenchain/domain';
import { OptionalText, Text } from '../../commands/bodies/text.decorators';
import { DateOrderedRequest, fieldsOf } from '../../commands/command.request';

export class DestroyEvidenceRequest extends DateOrderedRequest {
  @Text(100, 'The current custodian.')
  holderId!: string;

  @Text(300, 'How it was destroyed.')
  method!: string;

  @Text(2000, 'Why.')
  reason!: string;

  @Text(300, 'The order or decision that allowed it.')
  authority!: string;

  @OptionalText(300)
  witness?: string;

  toData(): DestroyEvidenceData {
    return fieldsOf(this);
  }
}
