import { IntersectionType, OmitType } from '@nestjs/swagger';
import { ListQuery } from '../records/list.query';
import { AnalyticsQuery } from './analytics.query';

/**
 * The weak sentences: the analytics filter, as-of date and file format (no grouping), and a page of
 * the list (range; the sort is fixed, weakest first).
 */
export class WeakSentencesParams extends IntersectionType(
  OmitType(AnalyticsQuery, ['groupBy', 'part'] as const),
  OmitType(ListQuery, ['filter'] as const),
) {}
