import { textLimits } from '@greenchain/contracts';
import { type ReopenCaseData } from '@greenchain/domain';
import { Text } from '../../commands/bodies/text.decorators';
import { DateOrderedRequest, fieldsOf } from '../../commands/command.request';

export class ReopenCaseRequest extends DateOrderedRequest {
  @Text(textLimits.note, 'Why the case is reopened.')
  reason!: string;

  toData(): ReopenCaseData {
    return fieldsOf(this);
  }
}
