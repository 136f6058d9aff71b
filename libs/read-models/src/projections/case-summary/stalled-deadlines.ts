import { deadlineSteps, type DeadlineStep } from '@greenchain/domain';

export type StepDeadlines = Readonly<Record<DeadlineStep, number>>;

/** Days allowed per pending step: a default and, where a country set its own, that country's. */
export interface StalledDeadlines {
  readonly default: StepDeadlines;
  readonly byCountry?: Readonly<Record<string, Partial<StepDeadlines>>>;
}

/** The default deadlines: 30 days to a referral decision, 180 to a charge decision, 365 to verdict. */
export const defaultStalledDeadlines: StalledDeadlines = {
  default: { referral_decision: 30, charge_decision: 180, verdict: 365 },
};

const clocks: Readonly<Record<DeadlineStep, string>> = {
  referral_decision: 'referral_decision_since',
  charge_decision: 'charge_decision_since',
  verdict: 'verdict_since',
};

/** SQL for the days allowed for a step in the row's country (a CASE when countries differ). */
export function deadlineDaysSql(
  deadlines: StalledDeadlines,
  step: DeadlineStep,
  bind: (value: unknown) => string,
): string {
  const overrides = Object.entries(deadlines.byCountry ?? {}).flatMap(([country, days]) =>
    days[step] === undefined ? [] : [`WHEN ${bind(country)} THEN ${bind(days[step])}::int`],
  );
  const defaultDays = `${bind(deadlines.default[step])}::int`;
  return overrides.length > 0
    ? `CASE country ${overrides.join(' ')} ELSE ${defaultDays} END`
    : defaultDays;
}

/**
 * SQL that is true when a pending step is strictly past its deadline at `asOf` (the deadline day
 * itself is not stalled).
 */
export function stalledCondition(
  deadlines: StalledDeadlines,
  asOf: string,
  bind: (value: unknown) => string,
): string {
  const asOfParameter = `${bind(asOf)}::date`;
  return deadlineSteps
    .map((step) => `${clocks[step]} + ${deadlineDaysSql(deadlines, step, bind)} < ${asOfParameter}`)
    .join(' OR ');
}

/** SQL for the earliest deadline day among the row's pending steps (null when none is pending). */
export function nextDeadlineSql(
  deadlines: StalledDeadlines,
  bind: (value: unknown) => string,
): string {
  const dueDays = deadlineSteps.map(
    (step) => `${clocks[step]} + ${deadlineDaysSql(deadlines, step, bind)}`,
  );
  return `LEAST(${dueDays.join(', ')})`;
}

/** SQL true when the row awaits any of the steps: that step's clock is running. */
export function awaitingCondition(steps: readonly DeadlineStep[]): string {
  return `(${steps.map((step) => `${clocks[step]} IS NOT NULL`).join(' OR ')})`;
}
