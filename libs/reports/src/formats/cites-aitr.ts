import { codeList } from '@greenchain/reference-data';
import type { ReportCase, ReportItem, ReportQuantity } from '@greenchain/read-models';
import {
  inYear,
  itemsUnder,
  joined,
  nationalitiesOf,
  penaltiesOf,
  usdValueOf,
} from '../report-cells';
import { byDate, caseRow, type ReportMapper } from '../report-row';

/** The CITES unit code of a Greenchain quantity unit (kilograms → KIL), where there is one. */
function citesUnitOf(unit: string): string | undefined {
  return codeList('quantityUnits').find((entry) => entry.code === unit)?.citesCode;
}

/**
 * The quantity to report: the line in the unit the officer chose for CITES, else the first line
 * that has a CITES unit; a quantity the CITES units cannot express is left for the validation.
 */
function citesQuantity(item: ReportItem): { quantity: number; unit: string } | null {
  const coded = item.quantities.flatMap((line: ReportQuantity) => {
    const unit = citesUnitOf(line.unit);
    return unit === undefined ? [] : [{ quantity: line.amount, unit }];
  });
  const chosen = item.cites?.unit;
  return coded.find((line) => line.unit === chosen) ?? coded[0] ?? null;
}

/** The law and provision the case was charged under, else the ground of a settlement. */
function legalBasisOf(reportCase: ReportCase): string | null {
  const charged = joined(
    reportCase.defendants.flatMap((defendant) =>
      defendant.charges.map((charge) => `${charge.statute} ${charge.section}`),
    ),
  );
  return charged ?? (reportCase.settlement ? 'administrative settlement' : null);
}

/** One row per CITES item of the seizures of the year. */
export const citesAitrRows: ReportMapper = (cases, { year, rates }) =>
  cases
    .filter((reportCase) => inYear(reportCase.seizedOn, year))
    .sort(byDate((reportCase) => reportCase.seizedOn))
    .flatMap((reportCase) =>
      itemsUnder(reportCase, 'CITES').map((item) => {
        const quantity = citesQuantity(item);
        const location = reportCase.location;
        return caseRow(reportCase, {
          seizureDate: reportCase.seizedOn,
          location: location && `${location.name} (${location.type})`,
          agency: reportCase.agency || null,
          species: item.species,
          term: item.cites?.term ?? null,
          quantity: quantity?.quantity ?? null,
          unit: quantity?.unit ?? null,
          reason: joined(reportCase.seizureReasons),
          transport: reportCase.transportMode,
          detection: joined(reportCase.detectionMethods),
          origin: reportCase.route.origin,
          transit: joined(reportCase.route.transit),
          destination: reportCase.route.destination,
          legalBasis: legalBasisOf(reportCase),
          sanction: joined(penaltiesOf(reportCase).map((penalty) => penalty.type)),
          disposal: item.disposal?.method ?? null,
          valueUsd: usdValueOf(item, reportCase.seizedOn, rates),
          offenderNationality: nationalitiesOf(reportCase),
        });
      }),
    );
