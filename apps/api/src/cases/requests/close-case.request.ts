import { textLimits } from '@greenchain/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { type CloseCaseData, closeReasons, type CloseReason } from '@greenchain/domain';
import { IsIn } from 'class-validator';
import { OptionalText } from '../../commands/bodies/text.decorators';
import { DateOrderedRequest, fieldsOf } from '../../commands/command.request';

export class CloseCaseRequest extends DateOrderedRequest {
  @ApiProperty({ enum: closeReasons })
  @IsIn(closeReasons)
  reasonCode!: CloseReason;

  @OptionalText(textLimits.note)
  note?: string;

  toData(): CloseCaseData {
    return fieldsOf(this);
  }
}
