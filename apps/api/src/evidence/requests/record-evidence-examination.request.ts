import { textLimits } from '@greenchain/contracts';
import { type RecordEvidenceExaminationData } from '@greenchain/domain';
import { Flag, OptionalText, Text } from '../../commands/bodies/text.decorators';
import { type BuildContext, DateOrderedRequest, fieldsOf } from '../../commands/command.request';

export class RecordEvidenceExaminationRequest extends DateOrderedRequest {
  @Text(100, 'The examiner (the current custodian).')
  examinerHolderId!: string;

  @Text(textLimits.name, 'The method.', 'refrigerant identifier')
  method!: string;

  @Text(textLimits.report, 'The findings.')
  findings!: string;

  @Flag('Whether the seal was broken to examine it.')
  sealBroken!: boolean;

  @OptionalText(textLimits.identifier, 'The new seal, if resealed.')
  newSealNumber?: string;

  toData({ ids }: BuildContext): RecordEvidenceExaminationData {
    return { ...fieldsOf(this), examinationId: ids.next('examinationId') };
  }
}
