/**
 * The steps of the enforcement chain a case or a defendant can reach, in order; each step counts
 * only what reached every step before it.
 */
export const chainFunnelSteps = [
  'seized',
  'referred_or_settled',
  'charged',
  'convicted',
  'sentenced',
  'deterrent',
] as const;
export type ChainFunnelStep = (typeof chainFunnelSteps)[number];

/** A figure counted both ways: cases, and their defendants (null where hidden: small cells). */
export interface CaseAndDefendantCounts {
  readonly cases: number | null;
  readonly defendants: number | null;
}

/** A share counted both ways; null where the denominator is 0. */
export interface CaseAndDefendantRates {
  readonly cases: number | null;
  readonly defendants: number | null;
}

/** One step of a group's funnel: what ever reached it by the as-of date, and its rates. */
export interface ChainFunnelStepFigures {
  readonly step: ChainFunnelStep;
  readonly reached: CaseAndDefendantCounts;
  /** reached ÷ the previous step's reached (null for the first step). */
  readonly ofPrevious: CaseAndDefendantRates;
  /** reached ÷ seized: the overall rate. */
  readonly ofSeized: CaseAndDefendantRates;
}

/** The funnel of one group at the as-of date, in cases and defendants. */
export interface ChainFunnelRow {
  readonly id: string;
  readonly group: string;
  readonly steps: readonly ChainFunnelStepFigures[];
  /** The split of referred_or_settled; a case referred and later settled counts in both. */
  readonly referred: CaseAndDefendantCounts;
  readonly settled: CaseAndDefendantCounts;
  /** charged ÷ referred: settled cases leave the criminal path legitimately. */
  readonly chargedOfReferred: CaseAndDefendantRates;
  readonly suppressed?: boolean;
}
