import type { AnalyticsTableDefinition } from './analytics-table';

/**
 * Weak sentences, one row per defendant (docs/metrics.md section 5). No count of people, so nothing
 * to hide: the rows hold the case and the money, never the defendant.
 */
export const weakSentencesTable: AnalyticsTableDefinition = {
  name: 'weak-sentences',
  definition: 'weak-sentences/1',
};
