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

/**
 * Why a fact a report requires is missing, as the owners ask a Party to say: nobody knows it, it
 * does not apply to the case, or it is withheld while an investigation runs.
 */
export const missingFactReasons = [
  'not-known',
  'not-applicable',
  'withheld-investigation',
] as const;
export type MissingFactReason = (typeof missingFactReasons)[number];

/** A required column a case's rows leave empty. */
export interface ReportGap {
  readonly key: string;
  readonly header: string;
}

/** A gap someone said why it is there (the note, free text, stays on the case). */
export interface ExplainedReportGap extends ReportGap {
  readonly reason: MissingFactReason;
}

/** A case a report needs more of, as the validation answers it. */
export interface ReportCaseGaps {
  readonly caseId: string;
  readonly reference: string | null;
  /** The case in the console, where the missing facts are recorded. */
  readonly link: string;
  /** Gaps nobody explained yet. */
  readonly missing: readonly ReportGap[];
  /** Gaps recorded as explained (ExplainReportGap), with the reason. */
  readonly explained: readonly ExplainedReportGap[];
}

/** Whether a Party lets its CITES illegal trade data go to the ICCWC partners, for one year. */
export interface IccwcSharingChoice {
  readonly country: string;
  readonly year: number;
  /** True unless the Party objected. */
  readonly shared: boolean;
  /** False while the default stands (nobody chose). */
  readonly chosen: boolean;
  readonly chosenAt: string | null;
}

export interface ReportValidation {
  readonly format: string;
  readonly templateVersion: number;
  readonly country: string;
  readonly year: number;
  /** Cases the report covers, and those of them with a required column empty or explained. */
  readonly cases: number;
  readonly incomplete: readonly ReportCaseGaps[];
}
