import { textLimits } from '@greenchain/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { type RecordPenaltyEnforcementData } from '@greenchain/domain';
import { IsIn } from 'class-validator';
import { MoneyBody } from '../../commands/bodies/money.body';
import { Nested, OptionalText } from '../../commands/bodies/text.decorators';
import { type BuildContext, DateOrderedRequest, fieldsOf } from '../../commands/command.request';

/** A fine paid (with its amount) or another penalty enforced (with its type). */
export class RecordPenaltyEnforcementRequest extends DateOrderedRequest {
  @ApiProperty({ enum: ['fine_paid', 'penalty_enforced'] })
  @IsIn(['fine_paid', 'penalty_enforced'])
  kind!: 'fine_paid' | 'penalty_enforced';

  @Nested(() => MoneyBody, 'For fine_paid: the amount paid.', true)
  amount?: MoneyBody;

  @OptionalText(50, 'For penalty_enforced: the penalty type.')
  penaltyType?: string;

  @OptionalText(textLimits.note)
  note?: string;

  toData({ ids }: BuildContext, partyId: string): RecordPenaltyEnforcementData {
    // The kind decides which of amount and penaltyType applies; the domain checks the pair.
    return {
      ...fieldsOf(this),
      partyId,
      enforcementId: ids.next('enforcementId'),
    } as unknown as RecordPenaltyEnforcementData;
  }
}
