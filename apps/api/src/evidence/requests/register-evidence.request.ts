import { textLimits } from '@greenchain/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { evidenceKinds, type EvidenceKind, type RegisterEvidenceData } from '@greenchain/domain';
import { IsIn, IsUUID } from 'class-validator';
import { QuantityBody } from '../../commands/bodies/quantity.body';
import { Nested, OptionalText, Text } from '../../commands/bodies/text.decorators';
import { type BuildContext, CommandRequest, fieldsOf } from '../../commands/command.request';
import { HolderBody } from './holder.body';

export class RegisterEvidenceRequest extends CommandRequest {
  @ApiProperty({ format: 'uuid', description: 'The case the exhibit belongs to.' })
  @IsUUID()
  caseId!: string;

  @OptionalText(36, 'The commodity item it was taken from.')
  itemId?: string;

  @ApiProperty({ enum: evidenceKinds })
  @IsIn(evidenceKinds)
  kind!: EvidenceKind;

  @Text(textLimits.note, 'What the exhibit is.', 'One 13.6 kg cylinder labelled R-22')
  description!: string;

  @Nested(() => QuantityBody, 'How much.', true)
  quantity?: QuantityBody;

  @Nested(() => HolderBody, 'The first custodian.')
  holder!: HolderBody;

  @Text(textLimits.name, 'Where it is kept.', 'KRA exhibit store, Mombasa')
  place!: string;

  toData({ ids }: BuildContext): RegisterEvidenceData {
    return { ...fieldsOf(this), evidenceId: ids.next('evidenceId') };
  }
}
