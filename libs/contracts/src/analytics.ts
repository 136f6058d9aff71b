/** How the analytics break the chain down (docs/metrics.md, "Breakdowns and filters"). */
export const analyticsGroups = [
  'country',
  'region',
  'agreement',
  'commodityGroup',
  'hsChapter',
  'speciesOrSubstance',
  'port',
  'locationType',
  'direction',
  'year',
  'quarter',
  'route',
] as const;
export type AnalyticsGroup = (typeof analyticsGroups)[number];

/** Cases per group that ever reached each step of the chain, and where they left it. */
export interface ChainBreakdownRow {
  readonly id: string;
  readonly group: string;
  readonly seized: number;
  readonly referred: number;
  /** The prosecutor accepted the referral (the case reached prosecution or beyond). */
  readonly accepted: number;
  readonly charged: number;
  readonly convicted: number;
  readonly sentenced: number;
  readonly closed: number;
  /** A prosecutor declined at least one defendant (or every defendant, none named). */
  readonly declined: number;
  readonly dismissedOrAcquitted: number;
  /** A pending step is past its deadline today. */
  readonly stalled: number;
  /** Median days from seizure to the case's first verdict, over cases with a verdict. */
  readonly medianDaysToVerdict?: number;
}

/** Fines against the value of the goods per group, in US dollars. */
export interface PenaltyAdequacyRow {
  readonly id: string;
  readonly group: string;
  readonly sentenced: number;
  /** Fines of the sentenced defendants in USD, amounts without a rate left out. */
  readonly finesTotal: number;
  /** Values of their cases in USD, over cases whose every item has a convertible value. */
  readonly estimatedValueTotal: number;
  /** Sentenced defendants whose whole fine is below their share of a known case value. */
  readonly finesBelowValue: number;
  /** finesTotal / estimatedValueTotal; null without a known value. */
  readonly ratio: number | null;
  /** Amounts left out for want of a rate of their currency and year. */
  readonly unconvertedAmounts: number;
  readonly unconvertedCurrencies: string[];
}

/** The transitions whose waiting times the analytics measure, per case. */
export const stageTransitions = [
  'seizure_to_referral',
  'referral_to_charges',
  'charges_to_verdict',
] as const;
export type StageTransition = (typeof stageTransitions)[number];

/** One day of a Kaplan–Meier curve: cases still waiting at its end, and what happened on it. */
export interface SurvivalDay {
  readonly day: number;
  readonly atRisk: number;
  readonly ended: number;
  readonly censored: number;
  readonly survival: number;
}

/** Days a group's cases spent between two steps, at the as-of date. */
export interface TimeInStageRow {
  readonly id: string;
  readonly group: string;
  readonly transition: StageTransition;
  /** Cases that entered the start step; hidden (null) below the small-cell threshold. */
  readonly entered: number | null;
  /** Cases that made the transition; hidden (null) below the small-cell threshold. */
  readonly completed: number | null;
  /** Median and p90 of the completed transitions' days. */
  readonly medianDays: number | null;
  readonly p90Days: number | null;
  /** Kaplan–Meier median: open cases censored at the as-of date, other exits at theirs. */
  readonly survivalMedianDays: number | null;
  readonly survival: readonly SurvivalDay[];
  /** Figures hidden because too few cases stand behind them. */
  readonly suppressed: boolean;
}
