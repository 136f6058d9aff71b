import {
  documentLimits,
  documentPersonalData,
  type DocumentPersonalData,
} from '@greenchain/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { Text } from '../../commands/bodies/text.decorators';
import { DateOrderedRequest } from '../../commands/command.request';

/** A resumable upload about to start: the file's size in bytes (DOCUMENT_MAX_BYTES at most). */
export class OpenUploadSessionRequest {
  @ApiProperty({ description: 'The size of the whole file, in bytes.', example: 5_242_880 })
  @IsInt()
  @Min(1)
  @Max(2 ** 40)
  size!: number;
}

/** The file's details once every byte is sent; its SHA-256 is checked against the bytes. */
export class CompleteUploadRequest extends DateOrderedRequest {
  @Text(documentLimits.fileName, 'The file name.', 'concealment-1.jpg')
  fileName!: string;

  @Text(documentLimits.mediaType, 'The Content-Type the sender gives the file.', 'image/jpeg')
  declaredType!: string;

  @ApiProperty({ description: 'Hex SHA-256 of the whole file, as the sender computed it.' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256 must be 64 lowercase hex digits' })
  sha256!: string;

  @ApiPropertyOptional({ enum: documentPersonalData, default: 'may-hold' })
  @IsOptional()
  @IsIn(documentPersonalData)
  personalData?: DocumentPersonalData;

  /** The text fields as an upload form's, so they are checked the same way. */
  formFields(): ReadonlyMap<string, string> {
    const fields = new Map<string, string>([['occurredAt', this.occurredAt]]);
    if (this.personalData !== undefined) fields.set('personalData', this.personalData);
    if (this.dateOrderReason !== undefined) fields.set('dateOrderReason', this.dateOrderReason);
    return fields;
  }
}
