/** One currency's yearly average rates: units of the currency per US dollar, by year. */
export interface CurrencyRates {
  readonly currency: string;
  readonly unitsPerUsd: Readonly<Record<number, number>>;
}

/**
 * A dated table of yearly average rates to the US dollar: `readOn` is the day its figures were
 * read from `source`, and every currency has a rate for each year from `firstYear` to
 * `latestYear` (the latest year published on that day).
 */
export interface UsdRateTable {
  readonly readOn: string;
  readonly source: string;
  readonly firstYear: number;
  readonly latestYear: number;
  readonly currencies: readonly CurrencyRates[];
}

/** The rate an amount converts at, and whether it stands in for a year not yet published. */
export interface UsdRate {
  readonly unitsPerUsd: number;
  readonly provisional: boolean;
}

/** The unit of the table: a dollar converts at 1 on any day, never provisionally. */
export const usd = 'USD';

/**
 * Which published year's rate serves a year: its own; for a year after the latest published one,
 * the latest, flagged provisional; none for a year before the first, whose rate exists but is not
 * in the table (borrowing a later year's could be off several times over). The analytics SQL
 * applies the same rule (`sentenced-defendants.sql.ts`).
 */
export function rateYear(
  table: Pick<UsdRateTable, 'firstYear' | 'latestYear'>,
  year: number,
): { readonly year: number; readonly provisional: boolean } | undefined {
  if (!Number.isInteger(year) || year < table.firstYear) return undefined;
  return year > table.latestYear
    ? { year: table.latestYear, provisional: true }
    : { year, provisional: false };
}

/** The rate of a currency on a day (YYYY-MM-DD…), or undefined when the table has none. */
export function usdRateOn(table: UsdRateTable, currency: string, day: string): UsdRate | undefined {
  if (currency === usd) return { unitsPerUsd: 1, provisional: false };
  const served = rateYear(table, Number(day.slice(0, 4)));
  const series = table.currencies.find((entry) => entry.currency === currency);
  if (served === undefined || series === undefined) return undefined;
  const unitsPerUsd = Object.hasOwn(series.unitsPerUsd, served.year)
    ? series.unitsPerUsd[served.year]
    : undefined;
  return unitsPerUsd === undefined ? undefined : { unitsPerUsd, provisional: served.provisional };
}

/** The amount in USD on that day, with the provisional flag, or undefined without a rate. */
export function toUsd(
  table: UsdRateTable,
  amount: number,
  currency: string,
  day: string,
): { readonly usd: number; readonly provisional: boolean } | undefined {
  const rate = usdRateOn(table, currency, day);
  return rate && { usd: amount / rate.unitsPerUsd, provisional: rate.provisional };
}

/** One line of a rate schedule: the rate a currency converts at in a year. */
export interface YearRate extends UsdRate {
  readonly currency: string;
  readonly year: number;
}

/** Every currency's rate for each year from the first published one through `throughYear`. */
export function rateSchedule(table: UsdRateTable, throughYear: number): YearRate[] {
  const years = Array.from(
    { length: Math.max(0, throughYear - table.firstYear + 1) },
    (_, index) => table.firstYear + index,
  );
  return table.currencies.flatMap(({ currency }) =>
    years.flatMap((year) => {
      const rate = usdRateOn(table, currency, `${year}-01-01`);
      return rate ? [{ currency, year, ...rate }] : [];
    }),
  );
}
