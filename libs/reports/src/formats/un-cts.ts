import type { ReportCase, ReportDefendant } from '@greenchain/read-models';
import { countryLabel, inYear } from '../report-cells';
import { caseRow, type ReportMapper, type ReportRow, type ReportScope } from '../report-row';
import { unCtsTemplate } from '../report-template';

type Indicator = keyof typeof unCtsTemplate.indicators;
const indicators = Object.keys(unCtsTemplate.indicators) as Indicator[];
const classes = Object.keys(unCtsTemplate.categories);

/** The classes a person not yet charged falls under: those of the case's agreements. */
function classesOfCase(reportCase: ReportCase): string[] {
  const agreements = reportCase.items.flatMap((item) => item.agreements);
  return [
    ...new Set(
      agreements.flatMap((agreement) =>
        Object.hasOwn(unCtsTemplate.agreementClasses, agreement)
          ? [unCtsTemplate.agreementClasses[agreement] ?? '']
          : [],
      ),
    ),
  ];
}

/** The indicators under which a person of the case counts in the year. */
function indicatorsOf(
  reportCase: ReportCase,
  defendant: ReportDefendant,
  year: number,
): Indicator[] {
  const counted: [Indicator, boolean][] = [
    ['suspected', inYear(reportCase.seizedOn, year)],
    ['prosecuted', inYear(defendant.chargedOn, year)],
    ['convicted', defendant.verdict?.outcome === 'convicted' && inYear(defendant.verdict.on, year)],
  ];
  return counted.filter(([, counts]) => counts).map(([indicator]) => indicator);
}

const cellsOf = (scope: ReportScope, indicator: Indicator, iccsClass: string | null) => ({
  countryCode: scope.country,
  country: countryLabel(scope.country),
  indicator: unCtsTemplate.indicators[indicator],
  dimension: 'by type of offence',
  category:
    iccsClass !== null && Object.hasOwn(unCtsTemplate.categories, iccsClass)
      ? (unCtsTemplate.categories[iccsClass] ?? null)
      : null,
  sex: 'Total',
  age: 'Total',
  year: scope.year,
  unit: 'Counts',
});

/**
 * Each person (not company) of each case, once per indicator and ICCS class it counts under in the
 * year: the charges' classes, else the case's. A person without any class has an empty category,
 * which the validation lists.
 */
export const unCtsCaseRows: ReportMapper = (cases, scope) =>
  cases.flatMap((reportCase) =>
    reportCase.defendants
      .filter((defendant) => defendant.kind === 'person')
      .flatMap((defendant) => {
        const charged = [...new Set(defendant.charges.map((charge) => charge.iccsClass))];
        const iccsClasses = charged.length > 0 ? charged : classesOfCase(reportCase);
        return indicatorsOf(reportCase, defendant, scope.year).flatMap((indicator) =>
          (iccsClasses.length > 0 ? iccsClasses : [null]).map((iccsClass) =>
            caseRow(reportCase, { ...cellsOf(scope, indicator, iccsClass), value: 1 }),
          ),
        );
      }),
  );

/** The counts: every indicator × ICCS class of the template, 0 where no person counts. */
export const unCtsRows: ReportMapper = (cases, scope) => {
  const persons = unCtsCaseRows(cases, scope);
  return indicators.flatMap((indicator) =>
    classes.map((iccsClass): ReportRow => {
      const cells = cellsOf(scope, indicator, iccsClass);
      const value = persons.filter(
        (row) =>
          row.cells['indicator'] === cells.indicator && row.cells['category'] === cells.category,
      ).length;
      return { caseId: null, reference: null, cells: { ...cells, value } };
    }),
  );
};
