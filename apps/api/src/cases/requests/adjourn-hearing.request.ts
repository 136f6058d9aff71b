import { textLimits } from '@greenchain/contracts';
import { type AdjournHearingData } from '@greenchain/domain';
import { Text } from '../../commands/bodies/text.decorators';
import { DateOrderedRequest, fieldsOf } from '../../commands/command.request';

export class AdjournHearingRequest extends DateOrderedRequest {
  @Text(textLimits.note, 'Why the hearing is adjourned.')
  reason!: string;

  toData(hearingId: string): AdjournHearingData {
    return { ...fieldsOf(this), hearingId };
  }
}
