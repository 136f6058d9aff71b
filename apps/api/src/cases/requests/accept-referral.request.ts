import { type AcceptReferralData } from '@greenchain/domain';
import { DateOrderedRequest, fieldsOf } from '../../commands/command.request';

export class AcceptReferralRequest extends DateOrderedRequest {
  toData(referralId: string): AcceptReferralData {
    return { ...fieldsOf(this), referralId };
  }
}
