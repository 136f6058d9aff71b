import type { MissingFactReason, ReportValidation } from '@greenchain/contracts';
import type { ReportCase } from '@greenchain/read-models';
import type { ReportDefinition } from './report-definitions';
import type { ReportRow, ReportScope } from './report-row';

/** How a reason reads on a file's About sheet (the owner reads English). */
export const missingFactReasonText: Readonly<Record<MissingFactReason, string>> = {
  'not-known': 'not known',
  'not-applicable': 'not applicable',
  'withheld-investigation': 'withheld for an ongoing investigation',
};

export const isEmptyCell = (value: unknown) =>
  value === null || value === undefined || value === '';

/** Per case, why each column of this report is empty, as recorded on the case. */
export function gapReasons(
  format: string,
  cases: readonly ReportCase[],
): ReadonlyMap<string, ReadonlyMap<string, MissingFactReason>> {
  return new Map(
    cases.map((reportCase) => [
      reportCase.caseId,
      new Map(
        reportCase.gapExplanations
          .filter((explanation) => explanation.report === format)
          .map((explanation) => [explanation.column, explanation.reason]),
      ),
    ]),
  );
}

/**
 * The file's rows, where a column has the owner's code for unknown (CITES `XX`) and the case says
 * the fact is not known, with that code in the empty cell. Other explained gaps stay empty: no code
 * is invented for them, and the About sheet lists their reasons.
 */
export function reportRows(
  definition: ReportDefinition,
  cases: readonly ReportCase[],
  scope: ReportScope,
): ReportRow[] {
  const rows = definition.rows(cases, scope);
  const coded = definition.template.columns.filter((column) => column.unknownCode !== undefined);
  if (coded.length === 0) return rows;
  const reasons = gapReasons(definition.template.format, cases);
  return rows.map((row) => {
    const explained = row.caseId === null ? undefined : reasons.get(row.caseId);
    const unknown = coded.filter(
      (column) => isEmptyCell(row.cells[column.key]) && explained?.get(column.key) === 'not-known',
    );
    if (unknown.length === 0) return row;
    const codes = Object.fromEntries(
      unknown.map((column) => [column.key, column.unknownCode ?? '']),
    );
    return { ...row, cells: { ...row.cells, ...codes } };
  });
}

/** A line of a file's About sheet beyond the layout's own: a label and its text. */
export type AboutNote = readonly [label: string, text: string];

/** Each explained gap, for the About sheet: the case, the column and why it is empty. */
export function explainedGapNotes(validation: ReportValidation): AboutNote[] {
  return validation.incomplete.flatMap((gaps) =>
    gaps.explained.map(({ header, reason }): AboutNote => [
      'Missing fact explained',
      `${gaps.reference ?? gaps.caseId}: ${header}: ${missingFactReasonText[reason]}`,
    ]),
  );
}
