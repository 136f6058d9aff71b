import fc from 'fast-check';
import { rateSchedule, rateYear, toUsd, usdRateOn, type UsdRateTable } from './usd-rate-table';

const table: UsdRateTable = {
  readOn: '2026-11-28',
  source: 'test',
  firstYear: 2022,
  latestYear: 2023,
  currencies: [
    { currency: 'KES', unitsPerUsd: { 2022: 100, 2023: 125 } },
    { currency: 'EUR', unitsPerUsd: { 2022: 0.5, 2023: 0.8 } },
  ],
};

describe('the dated USD rate table', () => {
  it('converts at the average of the amount’s own year', () => {
    expect(usdRateOn(table, 'KES', '2022-12-31')).toEqual({ unitsPerUsd: 100, provisional: false });
    expect(toUsd(table, 250, 'KES', '2023-01-01T09:00:00Z')).toEqual({
      usd: 2,
      provisional: false,
    });
  });

  it('takes the latest published rate for a later year, flagged provisional', () => {
    expect(usdRateOn(table, 'EUR', '2026-03-01')).toEqual({ unitsPerUsd: 0.8, provisional: true });
    expect(toUsd(table, 4, 'EUR', '2024-01-01')).toEqual({ usd: 5, provisional: true });
  });

  it('has no rate before the first published year, nor for a currency it lacks', () => {
    expect(usdRateOn(table, 'KES', '2021-12-31')).toBeUndefined();
    expect(usdRateOn(table, 'CDF', '2023-05-01')).toBeUndefined();
    expect(usdRateOn(table, 'toString', '2023-05-01')).toBeUndefined();
    expect(toUsd(table, 1, 'KES', 'no date')).toBeUndefined();
  });

  it('keeps dollars on any day, never provisionally', () => {
    expect(toUsd(table, 500, 'USD', '1999-01-01')).toEqual({ usd: 500, provisional: false });
    expect(toUsd(table, 500, 'USD', '2031-01-01')).toEqual({ usd: 500, provisional: false });
  });

  it('serves a year its own rate until the latest published one, then the latest', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), (year) => {
        const served = rateYear(table, year);
        if (year < table.firstYear) return served === undefined;
        return (
          served !== undefined &&
          served.year === Math.min(year, table.latestYear) &&
          served.provisional === year > table.latestYear
        );
      }),
    );
  });

  it('lists every currency for each year through the one asked, later years provisional', () => {
    const schedule = rateSchedule(table, 2025);
    expect(schedule).toHaveLength(8);
    expect(schedule.filter((rate) => rate.currency === 'KES')).toEqual([
      { currency: 'KES', year: 2022, unitsPerUsd: 100, provisional: false },
      { currency: 'KES', year: 2023, unitsPerUsd: 125, provisional: false },
      { currency: 'KES', year: 2024, unitsPerUsd: 125, provisional: true },
      { currency: 'KES', year: 2025, unitsPerUsd: 125, provisional: true },
    ]);
    expect(rateSchedule(table, 2021)).toEqual([]);
  });
});
