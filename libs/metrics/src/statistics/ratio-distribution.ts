import { quantileSorted } from 'd3-array';

/** Quartiles and 90th percentile of a set of ratios; null for each when there are none. */
export interface RatioQuantiles {
  readonly count: number;
  readonly p25: number | null;
  readonly median: number | null;
  readonly p75: number | null;
  readonly p90: number | null;
}

/**
 * By linear interpolation between closest ranks, as the durations are (numpy's default, Excel's
 * PERCENTILE.INC), so each figure can be checked in a spreadsheet.
 */
export function ratioQuantiles(ratios: readonly number[]): RatioQuantiles {
  const sorted = [...ratios].sort((a, b) => a - b);
  const at = (p: number) => quantileSorted(sorted, p) ?? null;
  return { count: sorted.length, p25: at(0.25), median: at(0.5), p75: at(0.75), p90: at(0.9) };
}
