/** How many cases, on one day since they entered a stage, left it by the transition or were censored. */
export interface DayTally {
  readonly day: number;
  /** Cases that made the transition on this day. */
  readonly ended: number;
  /** Cases observed until this day only: still open at the as-of date, or gone by another exit. */
  readonly censored: number;
}

export interface SurvivalStep extends DayTally {
  /** Cases still in the stage at the start of the day, the censored of the day included. */
  readonly atRisk: number;
  /** Share of cases still waiting for the transition at the end of the day. */
  readonly survival: number;
}

export interface SurvivalCurve {
  readonly entered: number;
  readonly steps: readonly SurvivalStep[];
  /** Days until half the cases made the transition, or null while more than half still wait. */
  readonly median: number | null;
}

/** Products of fractions land a hair off 0.5 (0.75 × 2/3); closer than this counts as 0.5. */
const tolerance = 1e-9;

/**
 * Kaplan–Meier estimate of the share of cases still waiting for a transition, day by day. Open
 * cases are censored, not dropped: a case censored on a day is still at risk on that day, so
 * waiting figures are not flattered by leaving out the cases that wait longest.
 */
export function kaplanMeier(tallies: readonly DayTally[]): SurvivalCurve {
  const days = mergeByDay(tallies);
  let atRisk = days.reduce((sum, tally) => sum + tally.ended + tally.censored, 0);
  const entered = atRisk;
  let survival = 1;
  const steps: SurvivalStep[] = [];
  for (const tally of days) {
    if (tally.ended > 0) survival *= 1 - tally.ended / atRisk;
    steps.push({ ...tally, atRisk, survival });
    atRisk -= tally.ended + tally.censored;
  }
  return { entered, steps, median: medianOf(steps) };
}

/** One observation per case: days in the stage, and whether the case made the transition. */
export function tallyByDay(
  observations: readonly { readonly days: number; readonly ended: boolean }[],
): DayTally[] {
  return observations.map(({ days, ended }) => ({
    day: days,
    ended: ended ? 1 : 0,
    censored: ended ? 0 : 1,
  }));
}

function mergeByDay(tallies: readonly DayTally[]): DayTally[] {
  const byDay = new Map<number, { ended: number; censored: number }>();
  for (const { day, ended, censored } of tallies) {
    if (!Number.isInteger(day) || day < 0) {
      throw new RangeError(`days in a stage must be a whole number from 0, not ${day}`);
    }
    const total = byDay.get(day) ?? { ended: 0, censored: 0 };
    byDay.set(day, { ended: total.ended + ended, censored: total.censored + censored });
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a - b)
    .map(([day, counts]) => ({ day, ...counts }));
}

/**
 * The first day the survival falls to 0.5 or below. Where it rests exactly on 0.5 and a later
 * transition takes it lower, the midpoint of that flat stretch, as R's survival package reports
 * it: with nothing censored the median then equals the median of the completed durations, even
 * for an even count.
 */
function medianOf(steps: readonly SurvivalStep[]): number | null {
  const index = steps.findIndex((step) => step.survival <= 0.5 + tolerance);
  const reached = steps[index];
  if (!reached) return null;
  if (Math.abs(reached.survival - 0.5) > tolerance) return reached.day;
  const nextDrop = steps.slice(index + 1).find((step) => step.ended > 0);
  return nextDrop ? (reached.day + nextDrop.day) / 2 : reached.day;
}
