import type { UsdRateTableAnswer } from '@greenchain/contracts';
import { rateSchedule } from '@greenchain/metrics';
import { usdRateTable, type SourcedUsdRateTable } from '../usd-rates';

/** The rate table as the API serves it: every currency's rate for each year through `throughYear`. */
export function usdRateTableAnswer(
  throughYear: number,
  table: SourcedUsdRateTable = usdRateTable,
): UsdRateTableAnswer {
  return {
    readOn: table.readOn,
    source: table.source,
    firstYear: table.firstYear,
    latestPublishedYear: table.latestYear,
    rates: rateSchedule(table, throughYear).map((rate) => ({
      id: `${rate.currency}/${rate.year}`,
      ...rate,
    })),
  };
}
