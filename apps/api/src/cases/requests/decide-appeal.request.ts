import { ApiProperty } from '@nestjs/swagger';
import { appealOutcomes, type AppealOutcome, type DecideAppealData } from '@greenchain/domain';
import { IsIn } from 'class-validator';
import { Nested } from '../../commands/bodies/text.decorators';
import { type BuildContext, DateOrderedRequest, fieldsOf } from '../../commands/command.request';
import { SentenceBody, sentenceDetails } from './sentence.body';

export class DecideAppealRequest extends DateOrderedRequest {
  @ApiProperty({ enum: appealOutcomes })
  @IsIn(appealOutcomes)
  outcome!: AppealOutcome;

  @Nested(() => SentenceBody, 'Required when the sentence is varied.', true)
  newSentence?: SentenceBody;

  toData({ ids }: BuildContext, appealId: string): DecideAppealData {
    const { newSentence, ...fields } = fieldsOf(this);
    return {
      ...fields,
      appealId,
      ...(newSentence && {
        newSentence: { ...sentenceDetails(newSentence), sentenceId: ids.next('sentenceId') },
      }),
    };
  }
}
