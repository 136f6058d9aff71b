/** How the analytics break the chain down. */
export const analyticsGroups = ['country', 'agreement', 'port', 'year'] as const;
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
