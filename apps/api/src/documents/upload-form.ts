import {
  documentPersonalData,
  type DocumentPersonalData,
  type DocumentTarget,
  textLimits,
} from '@greenchain/contracts';
import { type AttachDocumentData } from '@greenchain/domain';
import { ProblemException } from '@greenchain/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type ReceivedUpload } from './multipart-upload';

/** The multipart form of an upload, for the OpenAPI document (the fields are read by hand). */
export class DocumentUploadForm {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'The file; its type is read from its bytes.',
  })
  file!: unknown;

  @ApiProperty({
    description: 'Business time of the fact (ISO 8601 date or date-time).',
    example: '2024-03-01',
  })
  occurredAt!: string;

  @ApiPropertyOptional({
    enum: documentPersonalData,
    default: 'may-hold',
    description: 'none: the file shows no person (analysts may then see it).',
  })
  personalData?: DocumentPersonalData;

  @ApiPropertyOptional({ description: 'Why this fact is dated before an earlier stage.' })
  dateOrderReason?: string;
}

const knownFields = new Set(['occurredAt', 'personalData', 'dateOrderReason']);

function invalid(field: string, detail: string): never {
  throw new ProblemException(400, 'request/invalid-field', detail, field);
}

/** The text fields of an upload, checked as a JSON command body would be. */
function formFields(fields: ReadonlyMap<string, string>) {
  for (const name of fields.keys()) {
    if (!knownFields.has(name)) invalid(name, `${name} is not a field of an upload.`);
  }
  const occurredAt = fields.get('occurredAt');
  if (occurredAt === undefined || occurredAt.length === 0 || occurredAt.length > 40) {
    invalid('occurredAt', 'occurredAt (ISO 8601 date or date-time) is required.');
  }
  const personalData = fields.get('personalData') ?? 'may-hold';
  if (!(documentPersonalData as readonly string[]).includes(personalData)) {
    invalid('personalData', `personalData must be one of ${documentPersonalData.join(', ')}.`);
  }
  const dateOrderReason = fields.get('dateOrderReason');
  if (dateOrderReason !== undefined && dateOrderReason.length > textLimits.note) {
    invalid('dateOrderReason', `dateOrderReason takes at most ${textLimits.note} characters.`);
  }
  return {
    occurredAt,
    personalData: personalData as DocumentPersonalData,
    ...(dateOrderReason !== undefined && { dateOrderReason }),
  };
}

/** An upload, once its bytes are stored, as the data of AttachDocument and its business time. */
export function attachDocumentData(
  upload: ReceivedUpload,
  attachedTo: DocumentTarget,
  documentId: string,
): { data: AttachDocumentData; occurredAt: string } {
  const { occurredAt, ...fields } = formFields(upload.fields);
  return {
    occurredAt,
    data: {
      documentId,
      fileName: upload.fileName,
      attachedTo,
      ...fields,
      declaredType: upload.declaredType,
      detectedType: upload.blob.detectedType,
      size: upload.blob.size,
      sha256: upload.blob.sha256,
    },
  };
}
