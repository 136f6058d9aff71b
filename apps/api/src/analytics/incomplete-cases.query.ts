import { ApiProperty, IntersectionType, OmitType } from '@nestjs/swagger';
import { completenessFields, type CompletenessField } from '@greenchain/contracts';
import { IsIn } from 'class-validator';
import { ListQuery } from '../records/list.query';
import { AnalyticsQuery } from './analytics.query';

/**
 * The cases missing one fact: the analytics filter and as-of date (no grouping), and a page of the
 * list (range; the sort is fixed, oldest seizure first).
 */
export class IncompleteCasesQuery extends IntersectionType(
  OmitType(AnalyticsQuery, ['groupBy'] as const),
  OmitType(ListQuery, ['filter'] as const),
) {
  @ApiProperty({ enum: completenessFields, description: 'The fact the cases miss.' })
  @IsIn(completenessFields)
  field!: CompletenessField;
}
