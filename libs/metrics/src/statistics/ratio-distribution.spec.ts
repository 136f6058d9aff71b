import { ratioQuantiles } from './ratio-distribution';

describe('ratioQuantiles', () => {
  it('gives null figures for no ratios', () => {
    expect(ratioQuantiles([])).toEqual({ count: 0, p25: null, median: null, p75: null, p90: null });
  });

  it('interpolates between the closest ranks (PERCENTILE.INC)', () => {
    // ranks (n - 1) p over 0.1, 0.2, 0.4, 0.8, 1.6: 1 → 0.2, 2 → 0.4, 3 → 0.8, 3.6 → 0.8 + 0.6 × 0.8
    expect(ratioQuantiles([1.6, 0.1, 0.8, 0.4, 0.2])).toEqual({
      count: 5,
      p25: 0.2,
      median: 0.4,
      p75: 0.8,
      p90: expect.closeTo(1.28, 10) as number,
    });
  });
});
