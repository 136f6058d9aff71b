import type { ReportCase } from '@greenchain/read-models';
import { actionText, article9Of, inYear, itemsUnder, joined, tonnesOf } from '../report-cells';
import { byDate, caseRow, type ReportMapper } from '../report-row';

/** "export CN; transit AE; import KE", the parts of the route that are known. */
function countriesOf({ route }: ReportCase): string | null {
  return joined([
    (route.departure ?? route.origin) && `export ${route.departure ?? route.origin}`,
    route.transit.length > 0 ? `transit ${route.transit.join(', ')}` : null,
    route.destination && `import ${route.destination}`,
  ]);
}

const closedOn = (reportCase: ReportCase) => reportCase.closure?.on ?? null;

/** One row per case with Basel items closed in the year (Table 9 of the national report). */
export const baselClosedCasesRows: ReportMapper = (cases, { year }) =>
  cases
    .filter(
      (reportCase) => inYear(closedOn(reportCase), year) && itemsUnder(reportCase, 'BC').length > 0,
    )
    .sort(byDate(closedOn))
    .map((reportCase) => {
      const items = itemsUnder(reportCase, 'BC');
      return caseRow(reportCase, {
        reference: reportCase.reference,
        openedOn: reportCase.seizedOn,
        closedOn: closedOn(reportCase),
        wasteCodes: joined(items.map((item) => item.baselCode)),
        quantityTonnes: tonnesOf(items),
        countries: countriesOf(reportCase),
        trafficType: article9Of(reportCase),
        resolution: actionText(reportCase),
      });
    });
