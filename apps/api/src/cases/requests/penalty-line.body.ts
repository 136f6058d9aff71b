import { textLimits } from '@greenchain/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { MoneyBody } from '../../commands/bodies/money.body';
import {
  Flag,
  Nested,
  OptionalText,
  OptionalTextList,
  WholeNumber,
} from '../../commands/bodies/text.decorators';

/**
 * One penalty; which other fields apply depends on `type` (fine/costs: amount; imprisonment: months,
 * suspended; community_service: hours; probation: months; confiscation_of_goods: itemIds; ...). The
 * domain checks the combination and names the field.
 */
export class PenaltyLineBody {
  @ApiProperty({ example: 'fine', maxLength: 50 })
  @IsString()
  @MaxLength(50)
  type!: string;

  @Nested(() => MoneyBody, 'fine, costs', true)
  amount?: MoneyBody;

  @WholeNumber('imprisonment, probation, licence ban', true)
  months?: number;

  @Flag('imprisonment', true)
  suspended?: boolean;

  @WholeNumber('community_service', true)
  hours?: number;

  @OptionalTextList(100, 'confiscation_of_goods, order_to_destroy_or_re_export')
  itemIds?: string[];

  @OptionalText(
    textLimits.note,
    'confiscation of conveyance or assets, licence ban, cease and desist',
  )
  description?: string;

  @Nested(() => MoneyBody, 'confiscation_of_conveyance_or_assets', true)
  value?: MoneyBody;

  @ApiProperty({ enum: ['destroy', 're_export'], required: false })
  @IsOptional()
  @IsIn(['destroy', 're_export'])
  order?: 'destroy' | 're_export';
}
