import { usd, type UsdRateTable } from '@greenchain/metrics';
import type { SqlParameters } from '../sql-parameters';
import { usdRateTable } from '../usd-rates';

/**
 * SQL that converts `amount` in `currency` on the day `on` to USD by the table, its rates bound in
 * `parameters` (never written into the statement): `usd` is null when the table has no rate, and
 * `provisional` is true when a year after the latest published one took that year's rate. The rule
 * is `rateYear` of @greenchain/metrics, applied in SQL.
 */
export interface UsdConversionSql {
  /** A query of the published rates: columns currency, year and units_per_usd. */
  readonly rates: string;
  /** The join condition of `rates` for an amount in `currency` on the day `on`. */
  readonly joins: (alias: string, currency: string, on: string) => string;
  readonly usd: (alias: string, amount: string, currency: string) => string;
  readonly provisional: (alias: string, currency: string, on: string) => string;
}

export function usdConversionSql(
  parameters: SqlParameters,
  table: UsdRateTable = usdRateTable,
): UsdConversionSql {
  const published = table.currencies.flatMap(({ currency, unitsPerUsd }) =>
    Object.entries(unitsPerUsd).map(([year, rate]) => ({ currency, year: Number(year), rate })),
  );
  const currencies = parameters.bind(published.map((rate) => rate.currency));
  const years = parameters.bind(published.map((rate) => rate.year));
  const rates = parameters.bind(published.map((rate) => rate.rate));
  const latest = `${parameters.bind(table.latestYear)}::int`;
  const unit = `${parameters.bind(usd)}::text`;
  const yearOf = (on: string) => `extract(year FROM ${on})::int`;
  return {
    rates: `SELECT * FROM unnest(${currencies}::text[], ${years}::int[], ${rates}::numeric[])
                AS rate(currency, year, units_per_usd)`,
    joins: (alias, currency, on) =>
      `${alias}.currency = ${currency} AND ${alias}.year = LEAST(${yearOf(on)}, ${latest})`,
    usd: (alias, amount, currency) =>
      `CASE WHEN ${currency} = ${unit} THEN ${amount} ELSE ${amount} / ${alias}.units_per_usd END`,
    provisional: (alias, currency, on) =>
      `(${currency} <> ${unit} AND ${alias}.units_per_usd IS NOT NULL AND ${yearOf(on)} > ${latest})`,
  };
}
