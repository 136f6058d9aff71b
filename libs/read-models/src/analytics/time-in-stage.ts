import type { StageTransition, TimeInStageRow } from '@greenchain/contracts';
import {
  kaplanMeier,
  smallCellThreshold,
  summariseDurations,
  type DayTally,
} from '@greenchain/metrics';

export interface TransitionTallies {
  readonly group: string;
  readonly transition: StageTransition;
  readonly tallies: readonly DayTally[];
}

/** The completed durations, one per case, from tallies of cases per day. */
function completedDays(tallies: readonly DayTally[]): number[] {
  return tallies.flatMap(({ day, ended }) => Array.from({ length: ended }, () => day));
}

/**
 * A group's figures for one transition. With `suppress`, a figure behind fewer cases than the
 * small-cell threshold is hidden: a median of one or two cases is their own waiting time, and so
 * is each step of a curve with one or two completions.
 */
export function timeInStageRow(
  { group, transition, tallies }: TransitionTallies,
  suppress: boolean,
): TimeInStageRow {
  const curve = kaplanMeier(tallies);
  const completed = summariseDurations(completedDays(tallies));
  const small = (count: number) => suppress && count > 0 && count < smallCellThreshold;
  const hideEntered = small(curve.entered);
  const hideDays = hideEntered || small(completed.count);
  return {
    id: `${group}/${transition}`,
    group,
    transition,
    entered: hideEntered ? null : curve.entered,
    completed: hideDays ? null : completed.count,
    medianDays: hideDays ? null : completed.median,
    p90Days: hideDays ? null : completed.p90,
    survivalMedianDays: hideDays ? null : curve.median,
    survival: hideDays ? [] : curve.steps,
    suppressed: hideDays,
  };
}
