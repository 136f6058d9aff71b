import { textLimits } from '@greenchain/contracts';
import { type ReferToProsecutionData } from '@greenchain/domain';
import { Text } from '../../commands/bodies/text.decorators';
import { type BuildContext, DateOrderedRequest, fieldsOf } from '../../commands/command.request';

export class ReferToProsecutionRequest extends DateOrderedRequest {
  @Text(textLimits.shortName, 'The prosecution office.', 'ODPP Mombasa')
  office!: string;

  @Text(textLimits.summary, 'What the referral is about.')
  summary!: string;

  toData({ ids }: BuildContext): ReferToProsecutionData {
    return { ...fieldsOf(this), referralId: ids.next('referralId') };
  }
}
