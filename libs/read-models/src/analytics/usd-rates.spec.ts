import { toUsd, usdRates } from './usd-rates';

describe('toUsd', () => {
  it('keeps dollars, and converts at the average of the amount’s year', () => {
    expect(toUsd(500, 'USD', '1999-01-01')).toBe(500);
    expect(toUsd(139.846383759617, 'KES', '2023-06-30')).toBeCloseTo(1, 10);
    expect(toUsd(134.822483279332, 'KES', '2024-01-01T09:00:00Z')).toBeCloseTo(1, 10);
  });

  it('converts nothing without a rate for that currency and year', () => {
    expect(toUsd(1000, 'KES', '2019-05-01')).toBeUndefined();
    expect(toUsd(1000, 'CDF', '2023-05-01')).toBeUndefined();
  });

  it('follows the euro for the CFA francs and the dollar for the dirham', () => {
    expect(toUsd(655.957 * 0.923889546117607, 'XOF', '2024-06-01')).toBeCloseTo(1, 10);
    expect(toUsd(655.957 * 0.84549413889045, 'XAF', '2021-06-01')).toBeCloseTo(1, 10);
    expect(toUsd(3.6725, 'AED', '2020-02-29')).toBeCloseTo(1, 10);
  });

  it('names the file and commit each verified rate was read from', () => {
    const sources = usdRates.flatMap((rate) =>
      rate.confidence === 'verified' ? [rate.source] : [],
    );
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source).toMatch(/\.csv @ [0-9a-f]{40}/);
  });

  it('has one rate per currency and day, each with a positive value', () => {
    for (const rate of usdRates) {
      expect(rate.unitsPerUsd).toBeGreaterThan(0);
      const overlapping = usdRates.filter(
        (other) =>
          other.currency === rate.currency && other.from <= rate.to && rate.from <= other.to,
      );
      expect(overlapping).toEqual([rate]);
    }
  });
});
