import { type RevokeShareData } from '@greenchain/domain';
import { OptionalText } from '../../commands/bodies/text.decorators';
import { DateOrderedRequest, fieldsOf } from '../../commands/command.request';

export class RevokeShareRequest extends DateOrderedRequest {
  @OptionalText(2000)
  reason?: string;

  toData(shareId: string): RevokeShareData {
    return { ...fieldsOf(this), shareId };
  }
}
