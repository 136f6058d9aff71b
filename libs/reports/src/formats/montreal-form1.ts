import type { ReportCase } from '@greenchain/read-models';
import { actionText, countryLabel, inYear, joined, usdValueOf } from '../report-cells';
import { byDate, caseRow, type ReportMapper } from '../report-row';
import { montrealItems, substancesAndVolume, tradeDetailsOf } from './montreal-cases';

/**
 * The day a case became fully proven: an administrative settlement, or the first conviction in
 * force among its defendants; null while it is not.
 */
export function provenOn(reportCase: ReportCase): string | null {
  const convictions = reportCase.defendants
    .flatMap((defendant) =>
      defendant.verdict?.outcome === 'convicted' ? [defendant.verdict.on] : [],
    )
    .sort();
  return reportCase.settlement?.on ?? convictions[0] ?? null;
}

/** The trading partner: where the goods came from on import, where they went on export. */
function tradingCountry(reportCase: ReportCase): string | null {
  const { route, direction } = reportCase;
  if (direction === 'export') return countryLabel(route.destination);
  if (direction === 'import') return countryLabel(route.departure ?? route.origin);
  return null;
}

/** One row per Montreal Protocol case fully proven in the year. */
export const montrealForm1Rows: ReportMapper = (cases, { year, rates }) =>
  cases
    .filter(
      (reportCase) => montrealItems(reportCase).length > 0 && inYear(provenOn(reportCase), year),
    )
    .sort(byDate((reportCase) => reportCase.seizedOn))
    .map((reportCase) => {
      const values = montrealItems(reportCase).map((item) =>
        usdValueOf(item, reportCase.seizedOn, rates),
      );
      const valued = values.every((value) => value !== null);
      const total = values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
      return caseRow(reportCase, {
        party: countryLabel(reportCase.country),
        seizureDate: reportCase.seizedOn,
        ...substancesAndVolume(reportCase),
        country: tradingCountry(reportCase),
        details: tradeDetailsOf(reportCase),
        action: actionText(reportCase),
        remarks: joined([
          reportCase.reference && `Case ${reportCase.reference}`,
          valued ? `estimated value ${total.toFixed(2)} USD` : null,
        ]),
      });
    });
