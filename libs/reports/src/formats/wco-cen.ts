import { ageBands, partySexes } from '@greenchain/contracts';
import type { ReportItem } from '@greenchain/read-models';
import { inYear, joined, nationalitiesOf, personCounts, usdValueOf } from '../report-cells';
import { byDate, caseRow, type ReportMapper } from '../report-row';
import { wcoCenTemplate } from '../report-template';

/** The CEN commodity categories of an item's agreements. */
const categoryOf = (item: ReportItem): string | null =>
  joined(
    item.agreements.map((agreement) =>
      Object.hasOwn(wcoCenTemplate.categories, agreement)
        ? wcoCenTemplate.categories[agreement]
        : null,
    ),
  );

/** One row per item of the seizures of the year. */
export const wcoCenRows: ReportMapper = (cases, { year, rates }) =>
  cases
    .filter((reportCase) => inYear(reportCase.seizedOn, year))
    .sort(byDate((reportCase) => reportCase.seizedOn))
    .flatMap((reportCase) =>
      reportCase.items.map((item) => {
        const [first] = item.quantities;
        return caseRow(reportCase, {
          seizureDate: reportCase.seizedOn,
          country: reportCase.country,
          office: reportCase.location?.name ?? null,
          locationType: reportCase.location?.type ?? null,
          procedure: reportCase.direction,
          conveyance: reportCase.transportMode,
          detection: joined(reportCase.detectionMethods),
          concealment: reportCase.concealmentMethod,
          category: categoryOf(item),
          hsCode: item.hsEstablished ?? item.hsDeclared,
          description: item.descriptionEstablished || null,
          quantity: first?.amount ?? null,
          unit: first?.unit ?? null,
          origin: reportCase.route.origin,
          departure: reportCase.route.departure,
          transit: joined(reportCase.route.transit),
          destination: reportCase.route.destination,
          valueUsd: usdValueOf(item, reportCase.seizedOn, rates),
          offenders: reportCase.defendants.length,
          offenderNationality: nationalitiesOf(reportCase),
          offenderSex: personCounts(
            partySexes,
            reportCase.defendants.map((defendant) => defendant.sex),
          ),
          offenderAge: personCounts(
            ageBands,
            reportCase.defendants.map((defendant) => defendant.ageBand),
          ),
        });
      }),
    );
