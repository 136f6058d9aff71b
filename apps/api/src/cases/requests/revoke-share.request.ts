import { textLimits } from '@greenchain/contracts';
import { type RevokeShareData } from '@greenchain/domain';
import { OptionalText } from '../../commands/bodies/text.decorators';
import { DateOrderedRequest, fieldsOf } from '../../commands/command.request';

export class RevokeShareRequest extends DateOrderedRequest {
  @OptionalText(textLimits.note)
  reason?: string;

  toData(shareId: string): RevokeShareData {
    return { ...fieldsOf(this), shareId };
  }
}
