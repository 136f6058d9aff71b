import type { ReportValidation } from '@greenchain/contracts';
import type { ReportCase } from '@greenchain/read-models';
import type { ReportDefinition } from './report-definitions';
import { gapReasons, isEmptyCell } from './report-gaps';
import type { ReportScope } from './report-row';

/**
 * Per case, the required columns its rows leave empty, in the order of the layout: those the case
 * says why (explained, with the reason) apart from the others (missing). The report asks a Party to
 * justify what it cannot give, so a gap is listed, never filled with a guess.
 */
export function reportValidation(
  definition: ReportDefinition,
  cases: readonly ReportCase[],
  scope: ReportScope,
): ReportValidation {
  const rows = definition.caseRows(cases, scope);
  const required = definition.template.columns.filter((column) => column.required);
  const reasons = gapReasons(definition.template.format, cases);
  const byCase = new Map<string, { reference: string | null; keys: Set<string> }>();
  for (const row of rows) {
    if (row.caseId === null) continue;
    const entry = byCase.get(row.caseId) ?? { reference: row.reference, keys: new Set<string>() };
    byCase.set(row.caseId, entry);
    for (const column of required)
      if (isEmptyCell(row.cells[column.key])) entry.keys.add(column.key);
  }
  const incomplete = [...byCase.entries()]
    .filter(([, { keys }]) => keys.size > 0)
    .map(([caseId, { reference, keys }]) => {
      const gaps = required.filter((column) => keys.has(column.key));
      const explained = reasons.get(caseId);
      return {
        caseId,
        reference,
        link: `/admin/#/cases/${caseId}/show`,
        missing: gaps
          .filter((column) => !explained?.has(column.key))
          .map(({ key, header }) => ({ key, header })),
        explained: gaps.flatMap(({ key, header }) => {
          const reason = explained?.get(key);
          return reason ? [{ key, header, reason }] : [];
        }),
      };
    });
  return {
    format: definition.template.format,
    templateVersion: definition.template.templateVersion,
    country: scope.country,
    year: scope.year,
    cases: byCase.size,
    incomplete,
  };
}
