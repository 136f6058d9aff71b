import type { AnalyticsTableDefinition } from './analytics-table';

/** Data completeness per group (docs/metrics.md, section 6). */
export const completenessTable: AnalyticsTableDefinition = {
  name: 'completeness',
  definition: 'completeness/1',
  disclosure: {
    counts: [
      { count: 'cases', dependents: ['valueShare', 'outcomeShare', 'disposalShare'] },
      { count: 'valueRecorded', dependents: ['valueShare'] },
      { count: 'outcomeRecorded', dependents: ['outcomeShare'] },
      { count: 'disposalRecorded', dependents: ['disposalShare'] },
    ],
  },
};
