import type { ReportCase } from '@greenchain/read-models';
import {
  article9Of,
  countryLabel,
  inYear,
  itemsUnder,
  joined,
  labelOf,
  penaltiesOf,
  penaltyText,
  tonnesOf,
} from '../report-cells';
import { byDate, caseRow, type ReportMapper } from '../report-row';

/** Take-back or other disposal of the waste and the penalties, in words; null when none yet. */
function actionTakenOf(reportCase: ReportCase, disposal: string | null): string | null {
  return joined([
    disposal && labelOf('disposalMethods', disposal),
    reportCase.settlement?.reExportOrder ? 'Re-export ordered' : null,
    ...penaltiesOf(reportCase).map(penaltyText),
  ]);
}

/** One row per Basel item of the seizures of the year. */
export const baselIllegalTrafficRows: ReportMapper = (cases, { year }) =>
  cases
    .filter((reportCase) => inYear(reportCase.seizedOn, year))
    .sort(byDate((reportCase) => reportCase.seizedOn))
    .flatMap((reportCase) =>
      itemsUnder(reportCase, 'BC').map((item) =>
        caseRow(reportCase, {
          party: countryLabel(reportCase.country),
          reference: reportCase.reference,
          detectionDate: reportCase.seizedOn,
          movementDate: reportCase.movementStartedOn,
          stateOfExport: reportCase.route.departure ?? reportCase.route.origin,
          stateOfImport: reportCase.route.destination,
          statesOfTransit: joined(reportCase.route.transit),
          trafficType: article9Of(reportCase),
          wasteCode: item.baselCode,
          wasteDescription: item.descriptionEstablished || null,
          quantityTonnes: tonnesOf([item]),
          actionTaken: actionTakenOf(reportCase, item.disposal?.method ?? null),
        }),
      ),
    );
