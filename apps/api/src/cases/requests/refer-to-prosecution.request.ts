import { type ReferToProsecutionData } from '@greenchain/domain';
import { Text } from '../../commands/bodies/text.decorators';
import { type BuildContext, DateOrderedRequest, fieldsOf } from '../../commands/command.request';

export class ReferToProsecutionRequest extends DateOrderedRequest {
  @Text(300, 'The prosecution office.', 'ODPP Mombasa')
  office!: string;

  @Text(5000, 'What the referral is about.')
  summary!: string;

  toData({ ids }: BuildContext): ReferToProsecutionData {
    return { ...fieldsOf(this), referralId: ids.next('referralId') };
  }
}
