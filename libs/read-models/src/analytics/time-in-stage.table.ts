import type { AnalyticsTableDefinition } from './analytics-table';

/**
 * Time in stage (docs/metrics.md, section 4). It hides its own small figures as it computes them
 * (a curve's steps are single cases' waiting times), so it carries no disclosure plan here.
 */
export const timeInStageTable: AnalyticsTableDefinition = {
  name: 'time-in-stage',
  definition: 'time-in-stage/1',
};
