import { quantileSorted } from 'd3-array';

/** The median and 90th percentile of completed durations, or null for both when there are none. */
export interface DurationSummary {
  readonly count: number;
  readonly median: number | null;
  readonly p90: number | null;
}

/**
 * Median and p90 by linear interpolation between closest ranks (numpy's default, Excel's
 * PERCENTILE.INC, d3.quantile), so an even count's median is the mean of the two middle values and
 * every figure can be checked in a spreadsheet.
 */
export function summariseDurations(days: readonly number[]): DurationSummary {
  const sorted = [...days].sort((a, b) => a - b);
  if (sorted.length === 0) return { count: 0, median: null, p90: null };
  return {
    count: sorted.length,
    median: quantileSorted(sorted, 0.5) ?? null,
    p90: quantileSorted(sorted, 0.9) ?? null,
  };
}
