/**
 * Units of a currency per US dollar, as a yearly average: an amount converts at the rate of the year
 * of its date (the seizure for goods, the sentence for fines). No rate for that currency and year
 * means the amount is not converted: analytics leave it out and count it, never guess.
 *
 * Provenance: approximate calendar-year averages recalled from the IMF International Financial
 * Statistics / World Bank "Official exchange rate (LCU per US$, period average)" series while this
 * table was written, without access to those sources; confidence `recalled`, not `verified`. Check
 * them against IMF IFS (series ENDA_XDC_USD_RATE) before a figure from them is published, and add
 * years and currencies the same way.
 */
export interface UsdRate {
  readonly currency: string;
  /** The period the average covers, inclusive (YYYY-MM-DD). */
  readonly from: string;
  readonly to: string;
  readonly unitsPerUsd: number;
  readonly confidence: 'verified' | 'recalled';
}

const yearly = (currency: string, averages: Readonly<Record<number, number>>): UsdRate[] =>
  Object.entries(averages).map(([year, unitsPerUsd]) => ({
    currency,
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    unitsPerUsd,
    confidence: 'recalled',
  }));

export const usdRates: readonly UsdRate[] = [
  ...yearly('KES', { 2022: 117.87, 2023: 139.85, 2024: 134.82 }),
  ...yearly('UGX', { 2022: 3689.82, 2023: 3726.14, 2024: 3758.39 }),
  ...yearly('TZS', { 2022: 2297.76, 2023: 2383.4, 2024: 2595.96 }),
  ...yearly('EUR', { 2022: 0.9496, 2023: 0.9248, 2024: 0.9239 }),
  ...yearly('GBP', { 2022: 0.8115, 2023: 0.8043, 2024: 0.7826 }),
  ...yearly('CNY', { 2022: 6.7261, 2023: 7.0809, 2024: 7.1957 }),
  ...yearly('INR', { 2022: 78.6, 2023: 82.6, 2024: 83.68 }),
  ...yearly('ZAR', { 2022: 16.36, 2023: 18.45, 2024: 18.33 }),
];

/** The amount in USD on that date (YYYY-MM-DD…), or undefined when the table has no rate for it. */
export function toUsd(
  amount: number,
  currency: string,
  on: string,
  rates: readonly UsdRate[] = usdRates,
): number | undefined {
  if (currency === 'USD') return amount;
  const day = on.slice(0, 10);
  const rate = rates.find(
    (entry) => entry.currency === currency && entry.from <= day && day <= entry.to,
  );
  return rate === undefined ? undefined : amount / rate.unitsPerUsd;
}
