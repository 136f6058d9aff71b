import { textLimits } from '@greenchain/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { type RecordVerdictData, verdictOutcomes, type VerdictOutcome } from '@greenchain/domain';
import { IsIn } from 'class-validator';
import { OptionalText } from '../../commands/bodies/text.decorators';
import { DateOrderedRequest, fieldsOf } from '../../commands/command.request';

export class RecordVerdictRequest extends DateOrderedRequest {
  @ApiProperty({ enum: verdictOutcomes })
  @IsIn(verdictOutcomes)
  outcome!: VerdictOutcome;

  @OptionalText(textLimits.note)
  note?: string;

  toData(partyId: string): RecordVerdictData {
    return { ...fieldsOf(this), partyId };
  }
}
