import { textLimits } from '@greenchain/contracts';
import { type RecordLabResultData } from '@greenchain/domain';
import { OptionalText, Text } from '../../commands/bodies/text.decorators';
import { type BuildContext, DateOrderedRequest, fieldsOf } from '../../commands/command.request';

export class RecordLabResultRequest extends DateOrderedRequest {
  @Text(textLimits.shortName, 'The laboratory.', 'KEBS Chemistry Lab')
  laboratory!: string;

  @Text(textLimits.name, 'The method, e.g. a refrigerant identifier.', 'refrigerant identifier')
  method!: string;

  @Text(textLimits.report, 'The result.', 'R-22 98.6 %')
  result!: string;

  @OptionalText(textLimits.shortName, 'The substance identified.', 'HCFC-22')
  substanceIdentified?: string;

  toData({ ids }: BuildContext, itemId: string): RecordLabResultData {
    return { ...fieldsOf(this), itemId, labResultId: ids.next('labResultId') };
  }
}
