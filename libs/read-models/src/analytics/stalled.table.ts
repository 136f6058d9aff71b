import type { AnalyticsTableDefinition } from './analytics-table';

/** Stalled steps, one row per group and pending step (docs/metrics.md, section 3). */
export const stalledTable: AnalyticsTableDefinition = {
  name: 'stalled',
  definition: 'stalled/1',
  disclosure: {
    lineBy: 'step',
    counts: [
      { count: 'pending', dependents: ['medianDaysInStep', 'maxDaysInStep'] },
      { count: 'stalled', dependents: ['medianDaysOverdue', 'maxDaysOverdue'] },
    ],
  },
};
