import { textLimits } from '@greenchain/contracts';
import { type ScheduleHearingData } from '@greenchain/domain';
import { Text, TextList } from '../../commands/bodies/text.decorators';
import { type BuildContext, DateOrderedRequest, fieldsOf } from '../../commands/command.request';

export class ScheduleHearingRequest extends DateOrderedRequest {
  @TextList(50, 'The defendants heard.')
  partyIds!: string[];

  @Text(textLimits.shortName, 'The court.', 'Mombasa Law Courts')
  court!: string;

  @Text(40, 'When (ISO 8601).', '2024-09-10')
  scheduledFor!: string;

  @Text(textLimits.shortName, 'What the hearing is for.', 'plea')
  purpose!: string;

  toData({ ids }: BuildContext): ScheduleHearingData {
    return { ...fieldsOf(this), hearingId: ids.next('hearingId') };
  }
}
