/**
 * The treaty and enforcement reports a country files (docs/reports.md): the API serves each, the
 * console offers each. Their layouts are templates in libs/reports.
 */
export const reportFormats = [
  'cites-aitr',
  'basel-illegal-traffic',
  'basel-closed-cases',
  'montreal-form1',
  'montreal-form2',
  'wco-cen',
  'un-cts',
] as const;
export type ReportFormat = (typeof reportFormats)[number];

export const reportFileFormats = ['xlsx', 'csv'] as const;
export type ReportFileFormat = (typeof reportFileFormats)[number];

/** A case a report needs more of, as the validation answers it. */
export interface ReportCaseGaps {
  readonly caseId: string;
  readonly reference: string | null;
  /** The case in the console, where the missing facts are recorded. */
  readonly link: string;
  readonly missing: readonly { readonly key: string; readonly header: string }[];
}

export interface ReportValidation {
  readonly format: string;
  readonly templateVersion: number;
  readonly country: string;
  readonly year: number;
  /** Cases the report covers, and those of them with a required column empty. */
  readonly cases: number;
  readonly incomplete: readonly ReportCaseGaps[];
}
