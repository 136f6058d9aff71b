import type { ReportValidation } from '@greenchain/contracts';
import type { ReportCase } from '@greenchain/read-models';
import type { ReportDefinition } from './report-definitions';
import type { ReportScope } from './report-row';

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

/**
 * Per case, the required columns its rows leave empty, in the order of the layout. The report
 * asks a Party to justify what it cannot give, so a gap is listed, never filled with a guess.
 */
export function reportValidation(
  definition: ReportDefinition,
  cases: readonly ReportCase[],
  scope: ReportScope,
): ReportValidation {
  const rows = definition.caseRows(cases, scope);
  const required = definition.template.columns.filter((column) => column.required);
  const byCase = new Map<string, { reference: string | null; keys: Set<string> }>();
  for (const row of rows) {
    if (row.caseId === null) continue;
    const entry = byCase.get(row.caseId) ?? { reference: row.reference, keys: new Set<string>() };
    byCase.set(row.caseId, entry);
    for (const column of required) if (isEmpty(row.cells[column.key])) entry.keys.add(column.key);
  }
  const incomplete = [...byCase.entries()]
    .filter(([, { keys }]) => keys.size > 0)
    .map(([caseId, { reference, keys }]) => ({
      caseId,
      reference,
      link: `/admin/#/cases/${caseId}/show`,
      missing: required
        .filter((column) => keys.has(column.key))
        .map(({ key, header }) => ({ key, header })),
    }));
  return {
    format: definition.template.format,
    templateVersion: definition.template.templateVersion,
    country: scope.country,
    year: scope.year,
    cases: byCase.size,
    incomplete,
  };
}
