import { toUsd, type UsdRateTable } from '@greenchain/metrics';
import { codeList, countryName, type CodeListName } from '@greenchain/reference-data';
import type {
  ReportCase,
  ReportItem,
  ReportPenalty,
  ReportQuantity,
} from '@greenchain/read-models';

/** Whether a business date (YYYY-MM-DD) falls in the calendar year. */
export const inYear = (date: string | null | undefined, year: number): date is string =>
  typeof date === 'string' && date.startsWith(`${year}-`);

/** Distinct values joined by '; ' in first-seen order, or null when there are none. */
export function joined(values: readonly (string | null | undefined)[]): string | null {
  const distinct = [...new Set(values.filter((value): value is string => !!value))];
  return distinct.length === 0 ? null : distinct.join('; ');
}

/** The label of a code in its Greenchain list, or the code itself when the list has none. */
export function labelOf(list: CodeListName, code: string): string {
  return codeList(list).find((entry) => entry.code === code)?.label ?? code;
}

export const countryLabel = (code: string | null): string | null =>
  code === null ? null : (countryName(code) ?? code);

const tonnesPerUnit: Readonly<Record<string, number>> = {
  metric_tons: 1,
  kilograms: 0.001,
  grams: 0.000001,
};

/** The mass of the items in metric tonnes, from their lines in a mass unit; null without one. */
export function tonnesOf(items: readonly ReportItem[]): number | null {
  const masses = items.flatMap((item) => {
    const line = item.quantities.find((quantity) => Object.hasOwn(tonnesPerUnit, quantity.unit));
    return line ? [line.amount * (tonnesPerUnit[line.unit] ?? 0)] : [];
  });
  return masses.length === 0
    ? null
    : round(
        masses.reduce((sum, mass) => sum + mass, 0),
        6,
      );
}

/** An item's estimated value in USD at the rate of the seizure year, to the cent; null without. */
export function usdValueOf(
  item: ReportItem,
  seizedOn: string | null,
  rates: UsdRateTable,
): number | null {
  const value = item.estimatedValue;
  if (value === null || seizedOn === null) return null;
  const converted = toUsd(rates, value.amount, value.currency, seizedOn);
  return converted === undefined ? null : round(converted.usd, 2);
}

export const round = (value: number, digits: number): number =>
  Math.round(value * 10 ** digits) / 10 ** digits;

/** "400 cylinders" from a quantity line, in the unit's label. */
export const quantityText = ({ amount, unit }: ReportQuantity): string =>
  `${amount} ${labelOf('quantityUnits', unit)}`;

/** The penalties of the case: each sentence in force, then the administrative settlement. */
export function penaltiesOf(reportCase: ReportCase): ReportPenalty[] {
  return [
    ...reportCase.defendants.flatMap((defendant) => defendant.sentence?.penalties ?? []),
    ...(reportCase.settlement?.penalties ?? []),
  ];
}

/** "Fine 2000000 KES", "Imprisonment 6 months (suspended)": a penalty in words. */
export function penaltyText(penalty: ReportPenalty): string {
  const label = labelOf('penaltyTypes', penalty.type);
  if (penalty.amount) return `${label} ${penalty.amount.amount} ${penalty.amount.currency}`;
  if (penalty.months !== null)
    return `${label} ${penalty.months} months${penalty.suspended ? ' (suspended)' : ''}`;
  return label;
}

/** The nationalities of the defendants (a company's country), each once. */
export const nationalitiesOf = (reportCase: ReportCase): string | null =>
  joined(reportCase.defendants.map((defendant) => defendant.nationality));

/**
 * How many persons of the case have each recorded code, in the order of its list ("female: 1;
 * male: 2"); null when none is recorded. Companies have none.
 */
export function personCounts(
  codes: readonly string[],
  recorded: readonly (string | null)[],
): string | null {
  const counts = codes
    .map((code) => [code, recorded.filter((value) => value === code).length] as const)
    .filter(([, count]) => count > 0);
  return counts.length === 0 ? null : counts.map(([code, count]) => `${code}: ${count}`).join('; ');
}

/** The items of the case recorded under an agreement. */
export const itemsUnder = (reportCase: ReportCase, agreement: string): readonly ReportItem[] =>
  reportCase.items.filter((item) => item.agreements.includes(agreement));

const article9: Readonly<Record<string, string>> = {
  no_notification: 'Art. 9(1)(a)',
  no_consent: 'Art. 9(1)(b)',
  consent_by_fraud: 'Art. 9(1)(c)',
  not_conforming_to_documents: 'Art. 9(1)(d)',
  deliberate_disposal_contrary_to_convention: 'Art. 9(1)(e)',
};

/** The Article 9(1) paragraphs the seizure reasons name; null when none is a Basel reason. */
export const article9Of = (reportCase: ReportCase): string | null =>
  joined(
    reportCase.seizureReasons.map((reason) =>
      Object.hasOwn(article9, reason) ? article9[reason] : null,
    ),
  );

/** What happened to the case, in words, in the order of the chain. */
export function actionText(reportCase: ReportCase): string {
  const defendants = reportCase.defendants;
  const disposed = joined(
    reportCase.items.map(
      (item) => item.disposal && labelOf('disposalMethods', item.disposal.method),
    ),
  );
  const count = (test: (defendant: (typeof defendants)[number]) => boolean) =>
    defendants.filter(test).length;
  const steps = [
    'Seized',
    reportCase.settlement &&
      `settled administratively${reportCase.settlement.reExportOrder ? ' with a re-export order' : ''}`,
    reportCase.referredOn && 'referred to prosecution',
    count((defendant) => defendant.chargedOn !== null) > 0 &&
      `${count((defendant) => defendant.chargedOn !== null)} charged`,
    count((defendant) => defendant.declinedOn !== null) > 0 &&
      `${count((defendant) => defendant.declinedOn !== null)} not prosecuted`,
    count((defendant) => defendant.verdict?.outcome === 'convicted') > 0 &&
      `${count((defendant) => defendant.verdict?.outcome === 'convicted')} convicted`,
    count((defendant) => !!defendant.verdict && defendant.verdict.outcome !== 'convicted') > 0 &&
      `${count((defendant) => !!defendant.verdict && defendant.verdict.outcome !== 'convicted')} not convicted`,
    penaltiesOf(reportCase).length > 0 &&
      `penalties: ${penaltiesOf(reportCase).map(penaltyText).join(', ')}`,
    disposed && `goods ${disposed.toLowerCase()}`,
    reportCase.closure && `closed (${reportCase.closure.reasonCode})`,
  ];
  return steps.filter((step): step is string => typeof step === 'string' && step !== '').join('; ');
}
