import type { UsdRateTable } from '@greenchain/metrics';
import type { ReportCase } from '@greenchain/read-models';

export type ReportCell = string | number | null;

/** One row of a report: its cells by column key, and the case it comes from (none for a count). */
export interface ReportRow {
  readonly caseId: string | null;
  readonly reference: string | null;
  readonly cells: Readonly<Record<string, ReportCell>>;
}

/** What a report is drawn up for: one country, one calendar year, money in USD by a dated table. */
export interface ReportScope {
  readonly country: string;
  readonly year: number;
  readonly rates: UsdRateTable;
}

/** A format's mapping: the rows the cases give, in the order of the file. */
export type ReportMapper = (cases: readonly ReportCase[], scope: ReportScope) => ReportRow[];

/** A row of one case, its reference carried for the validation's list. */
export const caseRow = (
  reportCase: ReportCase,
  cells: Readonly<Record<string, ReportCell>>,
): ReportRow => ({ caseId: reportCase.caseId, reference: reportCase.reference, cells });

/** Cases in date order, then by id, so a file reads the same every time. */
export const byDate =
  (dateOf: (reportCase: ReportCase) => string | null) => (a: ReportCase, b: ReportCase) =>
    (dateOf(a) ?? '').localeCompare(dateOf(b) ?? '') || a.caseId.localeCompare(b.caseId);
