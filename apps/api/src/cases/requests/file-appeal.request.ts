import { textLimits } from '@greenchain/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { type FileAppealData } from '@greenchain/domain';
import { IsIn } from 'class-validator';
import { OptionalText } from '../../commands/bodies/text.decorators';
import { type BuildContext, DateOrderedRequest, fieldsOf } from '../../commands/command.request';

export class FileAppealRequest extends DateOrderedRequest {
  @ApiProperty({ enum: ['defence', 'prosecution'] })
  @IsIn(['defence', 'prosecution'])
  appellant!: 'defence' | 'prosecution';

  @ApiProperty({ enum: ['verdict', 'sentence'] })
  @IsIn(['verdict', 'sentence'])
  against!: 'verdict' | 'sentence';

  @OptionalText(textLimits.note)
  grounds?: string;

  toData({ ids }: BuildContext, partyId: string): FileAppealData {
    return { ...fieldsOf(this), partyId, appealId: ids.next('appealId') };
  }
}
