import { textLimits } from '@greenchain/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { type ShareableField, shareableFields, type ShareCaseData } from '@greenchain/domain';
import { ArrayMaxSize, IsArray, IsIn } from 'class-validator';
import { Text } from '../../commands/bodies/text.decorators';
import { type BuildContext, DateOrderedRequest, fieldsOf } from '../../commands/command.request';

/** Grants the other country's agencies read access until the share ends or is revoked. */
export class ShareCaseRequest extends DateOrderedRequest {
  @Text(2, 'ISO 3166-1 alpha-2 of the country shared with.', 'UG')
  country!: string;

  @Text(textLimits.shortName, 'The agency shared with.', 'Uganda Revenue Authority')
  agency!: string;

  @ApiProperty({
    enum: shareableFields,
    isArray: true,
    description: 'parties includes personal data.',
  })
  @IsArray()
  @ArrayMaxSize(shareableFields.length)
  @IsIn(shareableFields, { each: true })
  fields!: ShareableField[];

  @Text(10, 'Last day of access (YYYY-MM-DD).', '2025-12-31')
  until!: string;

  toData({ ids }: BuildContext): ShareCaseData {
    return { ...fieldsOf(this), shareId: ids.next('shareId') };
  }
}
