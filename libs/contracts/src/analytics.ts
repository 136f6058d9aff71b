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
  /** One group, every case of the filter once: the whole chain where no total row is served. */
  'all',
] as const;
export type AnalyticsGroup = (typeof analyticsGroups)[number];

/**
 * Cases per group that ever reached each step of the chain, and where they left it. A count is null
 * where it is hidden from analysts (one or two cases, or the complement that would give those
 * away); `suppressed` says the row lost one.
 */
export interface ChainBreakdownRow {
  readonly id: string;
  readonly group: string;
  readonly seized: number | null;
  readonly referred: number | null;
  /** The prosecutor accepted the referral (the case reached prosecution or beyond). */
  readonly accepted: number | null;
  readonly charged: number | null;
  readonly convicted: number | null;
  readonly sentenced: number | null;
  readonly closed: number | null;
  /** A prosecutor declined at least one defendant (or every defendant, none named). */
  readonly declined: number | null;
  readonly dismissedOrAcquitted: number | null;
  /** A pending step is past its deadline on the as-of day. */
  readonly stalled: number | null;
  /** Cases with a first verdict: those the median below is taken over. */
  readonly verdicts: number | null;
  /** Median days from seizure to the case's first verdict; null without one or when hidden. */
  readonly medianDaysToVerdict: number | null;
  readonly suppressed?: boolean;
}

/** A ratio over the sentenced defendants it could be computed for; null figures when none. */
export interface RatioSummary {
  /** Defendants the ratio was computed for (null where hidden from analysts: small cells). */
  readonly counted: number | null;
  /** Sentenced defendants it could not be computed for (no fine, no known value or maximum, no rate). */
  readonly notCounted: number | null;
  readonly median: number | null;
}

/** The same, with its quartiles and 90th percentile (PERCENTILE.INC). */
export interface RatioDistribution extends RatioSummary {
  readonly p25: number | null;
  readonly p75: number | null;
  readonly p90: number | null;
}

/**
 * Penalties of a group's finally sentenced defendants, with the sentence in force, in USD. Counts
 * and the figures computed from them are null where hidden from analysts (small cells).
 */
export interface PenaltyAdequacyRow {
  readonly id: string;
  readonly group: string;
  /** Finally sentenced defendants (convicted, not overturned on appeal, sentenced). */
  readonly sentenced: number | null;
  /** Of them, those whose case value is known in USD (every item valued, every value converts). */
  readonly valueKnown: number | null;
  /** Fine in USD ÷ the defendant's share of the case value. */
  readonly fineToShare: RatioDistribution;
  /** Fine ÷ the statutory maximum fine, both in USD. */
  readonly fineToStatutoryMax: RatioSummary;
  /** Of them: prison not suspended, only suspended, deterrent; and their shares of the sentenced. */
  readonly custodial: number | null;
  readonly suspended: number | null;
  readonly deterrent: number | null;
  readonly custodialShare: number | null;
  readonly suspendedShare: number | null;
  readonly deterrentShare: number | null;
  /** The day the rate table's figures were read (YYYY-MM-DD). */
  readonly ratesReadOn: string;
  /** A year after the table's latest published year took that year's rate in these figures. */
  readonly provisionalRates: boolean;
  readonly suppressed?: boolean;
}

/**
 * Finally sentenced defendants of a group whose fine and share of the case value are both known in
 * USD, counted in one bin of a power-of-ten grid: the picture of fine against value without any
 * defendant's own amounts. `defendants` is null where hidden from analysts (small cells).
 */
export interface PenaltyBinRow {
  readonly id: string;
  readonly group: string;
  /** The share of the case value in USD: at least shareFrom, below shareTo (ten times it). */
  readonly shareFrom: number;
  readonly shareTo: number;
  /** The fine in USD: at least fineFrom, below fineTo (ten times it). */
  readonly fineFrom: number;
  readonly fineTo: number;
  readonly defendants: number | null;
  readonly suppressed?: boolean;
}

/** A currency's average units per US dollar in a year, as the analytics convert by it. */
export interface UsdRateRow {
  readonly id: string;
  readonly currency: string;
  readonly year: number;
  readonly unitsPerUsd: number;
  /** The year is after the latest published one and takes its rate. */
  readonly provisional: boolean;
}

/** The dated rate table the analytics convert money by. */
export interface UsdRateTableAnswer {
  /** The day the figures were read from the source (YYYY-MM-DD). */
  readonly readOn: string;
  readonly source: string;
  readonly firstYear: number;
  readonly latestPublishedYear: number;
  readonly rates: readonly UsdRateRow[];
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
