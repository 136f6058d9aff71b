import type { AnalyticsTableDefinition } from './analytics-table';

const counts = [
  'seized',
  'referred',
  'accepted',
  'charged',
  'convicted',
  'sentenced',
  'closed',
  'declined',
  'dismissedOrAcquitted',
  'stalled',
  'verdicts',
] as const;

/**
 * The chain breakdown as a table: its name, the version of its definitions (docs/metrics.md), and
 * what analysts read of it: every count is a count of cases; the median days to verdict stands on
 * the cases with a verdict.
 */
export const chainBreakdownTable: AnalyticsTableDefinition = {
  name: 'funnel',
  definition: 'funnel/2',
  disclosure: {
    counts: counts.map((count) =>
      count === 'verdicts' ? { count, dependents: ['medianDaysToVerdict'] } : { count },
    ),
    basedOn: [{ figure: 'medianDaysToVerdict', count: 'verdicts' }],
    totalRowId: 'total',
  },
};
