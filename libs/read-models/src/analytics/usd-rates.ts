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

/** Yearly averages, 2020 to 2024. */
const floating: readonly UsdRate[] = [
  ...yearly('KES', { 2020: 106.45, 2021: 109.64, 2022: 117.87, 2023: 139.85, 2024: 134.82 }),
  ...yearly('UGX', { 2020: 3718.25, 2021: 3587.05, 2022: 3689.82, 2023: 3726.14, 2024: 3758.39 }),
  ...yearly('TZS', { 2020: 2294.15, 2021: 2297.76, 2022: 2297.76, 2023: 2383.4, 2024: 2595.96 }),
  ...yearly('EUR', { 2020: 0.8755, 2021: 0.8455, 2022: 0.9496, 2023: 0.9248, 2024: 0.9239 }),
  ...yearly('GBP', { 2020: 0.7798, 2021: 0.7271, 2022: 0.8115, 2023: 0.8043, 2024: 0.7826 }),
  ...yearly('CNY', { 2020: 6.9008, 2021: 6.4515, 2022: 6.7261, 2023: 7.0809, 2024: 7.1957 }),
  ...yearly('INR', { 2020: 74.1, 2021: 73.92, 2022: 78.6, 2023: 82.6, 2024: 83.68 }),
  ...yearly('ZAR', { 2020: 16.46, 2021: 14.78, 2022: 16.36, 2023: 18.45, 2024: 18.33 }),
  ...yearly('AUD', { 2020: 1.453, 2021: 1.331, 2022: 1.442, 2023: 1.506, 2024: 1.515 }),
  ...yearly('BRL', { 2020: 5.155, 2021: 5.395, 2022: 5.164, 2023: 4.995, 2024: 5.392 }),
  ...yearly('BDT', { 2020: 84.87, 2021: 85.08, 2022: 91.75, 2023: 106.31, 2024: 115.0 }),
  ...yearly('COP', { 2020: 3693.3, 2021: 3743.1, 2022: 4255.4, 2023: 4325.1, 2024: 4071.8 }),
  ...yearly('ETB', { 2020: 34.93, 2021: 43.73, 2022: 51.76, 2023: 54.6 }),
  ...yearly('GHS', { 2020: 5.6, 2021: 5.81, 2022: 8.27, 2023: 11.02, 2024: 14.55 }),
  ...yearly('IDR', { 2020: 14582, 2021: 14308, 2022: 14850, 2023: 15237, 2024: 15855 }),
  ...yearly('KHR', { 2020: 4092, 2021: 4099, 2022: 4102, 2023: 4111, 2024: 4070 }),
  ...yearly('LAK', { 2020: 9049, 2021: 9698, 2022: 14036, 2023: 17700, 2024: 20900 }),
  ...yearly('MGA', { 2020: 3787, 2021: 3829, 2022: 4096, 2023: 4430, 2024: 4560 }),
  ...yearly('MXN', { 2020: 21.49, 2021: 20.27, 2022: 20.13, 2023: 17.76, 2024: 18.3 }),
  ...yearly('MYR', { 2020: 4.203, 2021: 4.143, 2022: 4.401, 2023: 4.561, 2024: 4.575 }),
  ...yearly('MZN', { 2020: 69.47, 2021: 65.46, 2022: 63.85, 2023: 63.89, 2024: 63.89 }),
  ...yearly('NGN', { 2020: 358.81, 2021: 401.15, 2022: 425.98, 2023: 645.19, 2024: 1478.7 }),
  ...yearly('PEN', { 2020: 3.495, 2021: 3.881, 2022: 3.835, 2023: 3.744, 2024: 3.755 }),
  ...yearly('PHP', { 2020: 49.62, 2021: 49.25, 2022: 54.48, 2023: 55.63, 2024: 57.29 }),
  ...yearly('PKR', { 2020: 161.84, 2021: 162.91, 2022: 204.87, 2023: 280.36, 2024: 278.87 }),
  ...yearly('PLN', { 2020: 3.9, 2021: 3.86, 2022: 4.46, 2023: 4.2, 2024: 3.98 }),
  ...yearly('PYG', { 2020: 6772, 2021: 6774, 2022: 6983, 2023: 7278, 2024: 7540 }),
  ...yearly('THB', { 2020: 31.29, 2021: 31.98, 2022: 35.06, 2023: 34.8, 2024: 35.29 }),
  ...yearly('TRY', { 2020: 7.01, 2021: 8.89, 2022: 16.57, 2023: 23.83, 2024: 32.83 }),
  ...yearly('VND', { 2020: 23208, 2021: 23160, 2022: 23271, 2023: 23787, 2024: 24900 }),
];

/**
 * Currencies fixed to another by law: the UAE dirham to the dollar (3.6725 since 1997), the two CFA
 * francs to the euro (655.957 per euro since 1999), so their rate follows the euro's.
 */
const pegged: readonly UsdRate[] = [
  ...yearly('AED', { 2020: 3.6725, 2021: 3.6725, 2022: 3.6725, 2023: 3.6725, 2024: 3.6725 }),
  ...['XOF', 'XAF'].flatMap((currency) =>
    floating
      .filter((rate) => rate.currency === 'EUR')
      .map((euro) => ({ ...euro, currency, unitsPerUsd: euro.unitsPerUsd * 655.957 })),
  ),
];

export const usdRates: readonly UsdRate[] = [...floating, ...pegged];

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
