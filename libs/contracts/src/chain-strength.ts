/**
 * The parts of the chain strength index (docs/metrics.md, section 7): the funnel's rates, the
 * time in each stage against its default deadline, and the adequacy of the fines.
 */
export const chainStrengthParts = [
  'referral',
  'charging',
  'conviction',
  'sentencing',
  'deterrence',
  'timeToReferral',
  'timeToCharges',
  'timeToVerdict',
  'fineAdequacy',
] as const;
export type ChainStrengthPart = (typeof chainStrengthParts)[number];

/** One part of a country's index: its score, the figure it was scaled from, and its counts. */
export interface ChainStrengthPartFigures {
  /** The score in 0..1; null when unknown (or, for analysts, hidden with a small count). */
  readonly value: number | null;
  /** The figure scaled into the score: a rate, a Kaplan–Meier median in days, a median ratio. */
  readonly measured: number | null;
  /** What the figure counts (reached the step, made the transition, had a ratio) … */
  readonly count: number | null;
  /** … of how many (the previous step, entered the transition, were sentenced). */
  readonly of: number | null;
  /** Its weight in the index before renormalisation over the known parts. */
  readonly weight: number;
}

/** The chain strength index of one country at the as-of date, with each of its parts. */
export interface ChainStrengthRow {
  readonly id: string;
  /** The country (ISO 3166-1 alpha-2). */
  readonly group: string;
  /** Seized cases of the country. */
  readonly cases: number | null;
  /** The weighted mean of the known parts; null below the minimum of cases or with no part known. */
  readonly index: number | null;
  /** How many parts the index stands on. */
  readonly knownParts: number;
  readonly parts: Readonly<Record<ChainStrengthPart, ChainStrengthPartFigures>>;
  /** Figures hidden from analysts and administrators because a count behind them is small. */
  readonly suppressed?: boolean;
}
