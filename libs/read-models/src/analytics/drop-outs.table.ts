import type { DropOutRow } from '@greenchain/contracts';
import type { DisclosurePlan } from '@greenchain/metrics';
import type { AnalyticsTableDefinition } from './analytics-table';

const units = ['cases', 'defendants'] as const;

/** The reasons that occur in the rows, each as it is found in a row's list. */
function reasonPaths(rows: readonly DropOutRow[]): string[] {
  const selectors = rows.flatMap(({ reasons }) =>
    reasons.map(({ reason, reasonCode }) =>
      reasonCode === null ? `reason=${reason}` : `reason=${reason},reasonCode=${reasonCode}`,
    ),
  );
  return [...new Set(selectors)].map((selector) => `reasons[${selector}]`);
}

/** Drop-outs by reason, in cases and defendants (docs/metrics.md, section 2). */
export const dropOutsTable: AnalyticsTableDefinition = {
  name: 'drop-outs',
  definition: 'drop-outs/1',
  // The rows this plan is given are the drop-out rows this table answers.
  disclosure: (rows): DisclosurePlan => ({
    counts: [
      'total',
      'droppedOut',
      'settled',
      ...reasonPaths(rows as unknown as readonly DropOutRow[]),
    ].flatMap((path) => units.map((unit) => ({ count: `${path}.${unit}` }))),
  }),
};
