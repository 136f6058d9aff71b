/** A figure counted both ways: cases, and their defendants. */
export interface FunnelCounts {
  readonly cases: number;
  readonly defendants: number;
}

/** A share counted both ways; null where nothing stands behind the denominator. */
export interface FunnelRates {
  readonly cases: number | null;
  readonly defendants: number | null;
}

/** One step: what reached it, and its share of the previous step and of the first. */
export interface FunnelStepFigures {
  readonly reached: FunnelCounts;
  readonly ofPrevious: FunnelRates;
  readonly ofFirst: FunnelRates;
}

/** numerator ÷ denominator; a zero denominator gives null (unknown), never 0. */
export function rateOf(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export function ratesOf(numerator: FunnelCounts, denominator: FunnelCounts): FunnelRates {
  return {
    cases: rateOf(numerator.cases, denominator.cases),
    defendants: rateOf(numerator.defendants, denominator.defendants),
  };
}

const noRate: FunnelRates = { cases: null, defendants: null };

/**
 * "Ever reached" per step, from how many stopped at each step (their furthest step): a step is
 * reached by those that stopped there and by every one that went further, so no step can count
 * more than the step before it.
 */
export function reachedFromFurthest(furthest: readonly FunnelCounts[]): FunnelCounts[] {
  const reached: FunnelCounts[] = [];
  let cases = 0;
  let defendants = 0;
  for (let index = furthest.length - 1; index >= 0; index -= 1) {
    cases += furthest[index]?.cases ?? 0;
    defendants += furthest[index]?.defendants ?? 0;
    reached.unshift({ cases, defendants });
  }
  return reached;
}

/** Each step's counts with its rate from the previous step and from the first (the overall rate). */
export function funnelFigures(reached: readonly FunnelCounts[]): FunnelStepFigures[] {
  const first = reached[0];
  return reached.map((counts, index) => {
    const previous = reached[index - 1];
    return {
      reached: counts,
      ofPrevious: previous ? ratesOf(counts, previous) : noRate,
      ofFirst: first ? ratesOf(counts, first) : noRate,
    };
  });
}
