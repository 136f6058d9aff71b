import { countryLabel, inYear, actionText } from '../report-cells';
import { byDate, caseRow, type ReportMapper } from '../report-row';
import { causesOf, montrealItems, substancesAndVolume } from './montreal-cases';

/** One row per Montreal Protocol case seized in the year: how it was addressed, and its causes. */
export const montrealForm2Rows: ReportMapper = (cases, { year }) =>
  cases
    .filter(
      (reportCase) => montrealItems(reportCase).length > 0 && inYear(reportCase.seizedOn, year),
    )
    .sort(byDate((reportCase) => reportCase.seizedOn))
    .map((reportCase) =>
      caseRow(reportCase, {
        party: countryLabel(reportCase.country),
        reference: reportCase.reference,
        seizureDate: reportCase.seizedOn,
        ...substancesAndVolume(reportCase),
        addressed: `${actionText(reportCase)} (outcome: ${reportCase.outcome})`,
        causes: causesOf(reportCase),
      }),
    );
