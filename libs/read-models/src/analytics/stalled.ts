import { deadlineSteps, type DeadlineStep, type StalledRow } from '@greenchain/contracts';
import { summariseDurations } from '@greenchain/metrics';
import { unknownGroup } from './analytics-scope';

/**
 * How many of a group's cases (or defendants) waited so long for a step on the as-of day; a row
 * without a step only names a group with cases in it, so its steps are reported with zeros.
 */
export interface StallTally {
  readonly key: string | null;
  readonly step: DeadlineStep | null;
  /** Days since the clock started. */
  readonly days: number;
  /** Days since the deadline day; 0 or less when not past it. */
  readonly overdue: number;
  readonly count: number;
}

const unitOf = (step: DeadlineStep) => (step === 'verdict' ? 'defendant' : 'case');

/** Each tally's value, as many times as it was counted. */
const expand = (tallies: readonly StallTally[], value: (tally: StallTally) => number) =>
  tallies.flatMap((tally) => Array<number>(tally.count).fill(value(tally)));

const medianAndMax = (days: readonly number[]) => ({
  median: summariseDurations(days).median,
  max: days.length === 0 ? null : Math.max(...days),
});

function stalledRow(group: string, step: DeadlineStep, tallies: readonly StallTally[]): StalledRow {
  const overdue = tallies.filter((tally) => tally.overdue > 0);
  const inStep = medianAndMax(expand(tallies, (tally) => tally.days));
  const pastDeadline = medianAndMax(expand(overdue, (tally) => tally.overdue));
  return {
    id: `${group}/${step}`,
    group,
    step,
    unit: unitOf(step),
    pending: expand(tallies, () => 1).length,
    stalled: expand(overdue, () => 1).length,
    medianDaysInStep: inStep.median,
    maxDaysInStep: inStep.max,
    medianDaysOverdue: pastDeadline.median,
    maxDaysOverdue: pastDeadline.max,
  };
}

/** One row per group (in the tallies' order) and pending step. */
export function stalledRows(tallies: readonly StallTally[]): StalledRow[] {
  const groups = [...new Set(tallies.map((tally) => tally.key))];
  return groups.flatMap((key) =>
    deadlineSteps.map((step) =>
      stalledRow(
        key ?? unknownGroup,
        step,
        tallies.filter((tally) => tally.key === key && tally.step === step),
      ),
    ),
  );
}
