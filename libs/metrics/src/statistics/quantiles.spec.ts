import { summariseDurations } from './quantiles';

describe('summariseDurations', () => {
  it('gives nothing for no durations', () => {
    expect(summariseDurations([])).toEqual({ count: 0, median: null, p90: null });
  });

  it('takes the middle value of an odd count', () => {
    expect(summariseDurations([30, 10, 20])).toMatchObject({ count: 3, median: 20 });
  });

  it('takes the mean of the two middle values of an even count', () => {
    expect(summariseDurations([40, 10, 30, 20]).median).toBe(25);
  });

  it('interpolates p90 between the closest ranks (PERCENTILE.INC)', () => {
    // rank (n - 1) * 0.9 = 3.6 → 40 + 0.6 * (50 - 40)
    expect(summariseDurations([10, 20, 30, 40, 50]).p90).toBe(46);
    expect(summariseDurations([7]).p90).toBe(7);
  });
});
