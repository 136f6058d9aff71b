import {
  documentLimits,
  documentPersonalData,
  type DocumentPersonalData,
  type DocumentTarget,
  textLimits,
} from '@greenchain/contracts';
import { type CorrectDocumentData } from '@greenchain/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsObject } from 'class-validator';
import { Text } from '../commands/bodies/text.decorators';
import { DateOrderedRequest, fieldsOf } from '../commands/command.request';

/** A file's details as they should stand; the domain checks the target against the case. */
export class CorrectDocumentRequest extends DateOrderedRequest {
  @Text(documentLimits.fileName, 'The file name.', 'concealment-1.jpg')
  fileName!: string;

  @ApiProperty({
    description:
      "{kind: 'case'} | {kind: 'exhibit', evidenceId} | {kind: 'step', step: referral|charges|verdict|sentence|disposal, stepId}",
    example: { kind: 'case' },
  })
  @IsObject()
  attachedTo!: DocumentTarget;

  @ApiProperty({ enum: documentPersonalData })
  @IsIn(documentPersonalData)
  personalData!: DocumentPersonalData;

  @Text(textLimits.note, 'Why the details are corrected.')
  reason!: string;

  toData(documentId: string): CorrectDocumentData {
    return { ...fieldsOf(this), documentId };
  }
}
