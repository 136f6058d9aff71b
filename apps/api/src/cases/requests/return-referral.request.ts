import { textLimits } from '@greenchain/contracts';
import { type ReturnReferralData } from '@greenchain/domain';
import { Text } from '../../commands/bodies/text.decorators';
import { DateOrderedRequest, fieldsOf } from '../../commands/command.request';

export class ReturnReferralRequest extends DateOrderedRequest {
  @Text(textLimits.note, 'Why the referral goes back to customs.')
  reason!: string;

  toData(referralId: string): ReturnReferralData {
    return { ...fieldsOf(this), referralId };
  }
}
