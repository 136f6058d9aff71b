import type { ReportCase, ReportDefendant } from '@greenchain/read-models';
import { countryAlpha3Codes } from '@greenchain/reference-data';
import { countryLabel, inYear } from '../report-cells';
import { caseRow, type ReportMapper, type ReportRow, type ReportScope } from '../report-row';
import { unCtsTemplate } from '../report-template';

type Indicator = keyof typeof unCtsTemplate.indicators;
const indicators = Object.keys(unCtsTemplate.indicators) as Indicator[];
const classes = Object.keys(unCtsTemplate.categories);
const total = 'Total';

/**
 * The breakdowns each count is given in, as the published data give them: everyone, then by sex
 * (all ages), then by age band (both sexes).
 */
const breakdowns: readonly { readonly sex: string; readonly age: string }[] = [
  { sex: total, age: total },
  ...Object.values(unCtsTemplate.sexes).map((sex) => ({ sex, age: total })),
  ...Object.values(unCtsTemplate.ageBands).map((age) => ({ sex: total, age })),
];

/** The published label of a recorded code; `unknown` has none and counts in the totals only. */
const labelIn = (labels: Readonly<Record<string, string>>, code: string | null): string | null =>
  code !== null && Object.hasOwn(labels, code) ? (labels[code] ?? null) : null;

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

const cellsOf = (
  scope: ReportScope,
  indicator: Indicator,
  iccsClass: string | null,
  breakdown: { readonly sex: string | null; readonly age: string | null },
) => ({
  countryCode: countryAlpha3Codes[scope.country] ?? null,
  country: countryLabel(scope.country),
  indicator: unCtsTemplate.indicators[indicator],
  dimension: 'by type of offence',
  category:
    iccsClass !== null && Object.hasOwn(unCtsTemplate.categories, iccsClass)
      ? (unCtsTemplate.categories[iccsClass] ?? null)
      : null,
  sex: breakdown.sex,
  age: breakdown.age,
  year: scope.year,
  unit: 'Counts',
});

/**
 * A person's own breakdown: the published label of their sex and age band, `Unknown` when the
 * officer recorded it as not established, empty when nobody recorded it (the validation lists it).
 */
const breakdownOf = (defendant: ReportDefendant) => ({
  sex: defendant.sex === 'unknown' ? 'Unknown' : labelIn(unCtsTemplate.sexes, defendant.sex),
  age:
    defendant.ageBand === 'unknown'
      ? 'Unknown'
      : labelIn(unCtsTemplate.ageBands, defendant.ageBand),
});

/**
 * Each person (not company) of each case, once per indicator and ICCS class it counts under in the
 * year: the charges' classes, else the case's, with the person's own sex and age band. A person
 * without any class, sex or age band recorded has that cell empty, which the validation lists.
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
            caseRow(reportCase, {
              ...cellsOf(scope, indicator, iccsClass, breakdownOf(defendant)),
              value: 1,
            }),
          ),
        );
      }),
  );

/** Whether a person's row counts in a breakdown: a total takes everyone. */
const countsIn = (row: ReportRow, { sex, age }: { sex: string; age: string }) =>
  (sex === total || row.cells['sex'] === sex) && (age === total || row.cells['age'] === age);

/**
 * The counts: every indicator × ICCS class of the template in every breakdown, 0 where no person
 * counts.
 */
export const unCtsRows: ReportMapper = (cases, scope) => {
  const persons = unCtsCaseRows(cases, scope);
  return indicators.flatMap((indicator) =>
    classes.flatMap((iccsClass) =>
      breakdowns.map((breakdown): ReportRow => {
        const cells = cellsOf(scope, indicator, iccsClass, breakdown);
        const value = persons.filter(
          (row) =>
            row.cells['indicator'] === cells.indicator &&
            row.cells['category'] === cells.category &&
            countsIn(row, breakdown),
        ).length;
        return { caseId: null, reference: null, cells: { ...cells, value } };
      }),
    ),
  );
};
