import type { AnalyticsTableDefinition } from './analytics-table';

/**
 * Fine against value in bins (docs/metrics.md section 5): each group's bins are one line, whose sum
 * is the group's defendants with both amounts, so a hidden bin cannot be worked out from the rest.
 */
export const penaltyBinsTable: AnalyticsTableDefinition = {
  name: 'penalty-bins',
  definition: 'penalty-bins/1',
  disclosure: { lineBy: 'group', counts: [{ count: 'defendants' }] },
};
