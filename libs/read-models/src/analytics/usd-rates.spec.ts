import { toUsd } from '@greenchain/metrics';
import { usdRateTable } from './usd-rates';

const inUsd = (amount: number, currency: string, day: string) =>
  toUsd(usdRateTable, amount, currency, day);

describe('the USD rate table', () => {
  it('keeps dollars, and converts at the average of the amount’s year', () => {
    expect(inUsd(500, 'USD', '1999-01-01')).toEqual({ usd: 500, provisional: false });
    expect(inUsd(139.846383759617, 'KES', '2023-06-30')?.usd).toBeCloseTo(1, 10);
    expect(inUsd(134.822483279332, 'KES', '2024-01-01T09:00:00Z')?.usd).toBeCloseTo(1, 10);
  });

  it('converts a year after 2024 at the 2024 rate, flagged provisional', () => {
    expect(inUsd(134.822483279332, 'KES', '2026-02-01')).toEqual({
      usd: expect.closeTo(1, 10) as number,
      provisional: true,
    });
  });

  it('converts nothing before 2020, nor a currency it lacks', () => {
    expect(inUsd(1000, 'KES', '2019-05-01')).toBeUndefined();
    expect(inUsd(1000, 'CDF', '2023-05-01')).toBeUndefined();
  });

  it('follows the euro for the CFA francs and the dollar for the dirham', () => {
    expect(inUsd(655.957 * 0.923889546117607, 'XOF', '2024-06-01')?.usd).toBeCloseTo(1, 10);
    expect(inUsd(655.957 * 0.84549413889045, 'XAF', '2021-06-01')?.usd).toBeCloseTo(1, 10);
    expect(inUsd(3.6725, 'AED', '2020-02-29')?.usd).toBeCloseTo(1, 10);
  });

  it('names the file and commit each verified series was read from', () => {
    const sources = usdRateTable.currencies.flatMap((series) =>
      series.confidence === 'verified' ? [series.source] : [],
    );
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source).toMatch(/\.csv @ [0-9a-f]{40}/);
  });

  it('has each currency once, with a positive rate for every published year', () => {
    const currencies = usdRateTable.currencies.map((series) => series.currency);
    expect(new Set(currencies).size).toBe(currencies.length);
    for (const series of usdRateTable.currencies) {
      const years = Object.keys(series.unitsPerUsd).map(Number);
      expect(years).toEqual([2020, 2021, 2022, 2023, 2024]);
      for (const rate of Object.values(series.unitsPerUsd)) expect(rate).toBeGreaterThan(0);
    }
    expect(usdRateTable).toMatchObject({ firstYear: 2020, latestYear: 2024, readOn: '2026-11-28' });
  });
});
