import { reportFormats, type ReportFormat } from '@greenchain/contracts';
import baselClosedCases from './templates/basel-closed-cases.json';
import baselIllegalTraffic from './templates/basel-illegal-traffic.json';
import citesAitr from './templates/cites-aitr.json';
import montrealForm1 from './templates/montreal-form1.json';
import montrealForm2 from './templates/montreal-form2.json';
import unCts from './templates/un-cts.json';
import wcoCen from './templates/wco-cen.json';

/**
 * How sure a column is: seen in the primary document (verified), in a third-party description or
 * in data produced from the format (secondary), or recalled and not re-checked (recalled).
 */
export type ColumnConfidence = 'verified' | 'secondary' | 'recalled';

export interface ReportColumn {
  /** The key the format's rows use; stable when a header is corrected. */
  readonly key: string;
  /** The header written in the file. */
  readonly header: string;
  /** The report expects a value: a row without one is listed by the validation. */
  readonly required: boolean;
  readonly confidence: ColumnConfidence;
  /** The values the column takes. */
  readonly codeList: string;
  /** Where Greenchain takes it from. */
  readonly from: string;
  /** Left empty for a reader who may not see the case's personal fields. */
  readonly personal?: boolean;
  /** The owner's code for a fact nobody knows (CITES `XX`), written for a gap explained so. */
  readonly unknownCode?: string;
}

/**
 * One report layout as data: a corrected header or a reordered column is a change of its JSON file
 * (and of its templateVersion), not of code. `verified` layouts follow the owner's published
 * columns; `best-known` ones are the best structure known until an official template is read.
 */
export interface ReportTemplate {
  readonly format: string;
  readonly templateVersion: number;
  readonly title: string;
  readonly owner: string;
  readonly status: 'verified' | 'best-known';
  readonly statusNote: string;
  readonly sources: readonly { readonly document: string; readonly url?: string }[];
  /** Which cases of the country and year the report covers. */
  readonly selection: string;
  readonly rowsAre: string;
  readonly sheet: string;
  readonly columns: readonly ReportColumn[];
}

/** The UN-CTS template also carries its indicator and category labels. */
export interface UnCtsTemplate extends ReportTemplate {
  /** ICCS Section 10 class code → the category name UNODC publishes. */
  readonly categories: Readonly<Record<string, string>>;
  readonly indicators: Readonly<Record<'suspected' | 'prosecuted' | 'convicted', string>>;
  /** Greenchain's sex and age band codes → the breakdown labels UNODC publishes. */
  readonly sexes: Readonly<Record<string, string>>;
  readonly ageBands: Readonly<Record<string, string>>;
  /** Agreement → the ICCS class a person not yet charged is counted under. */
  readonly agreementClasses: Readonly<Record<string, string>>;
}

/** The CEN template names the commodity category of each agreement. */
export interface WcoCenTemplate extends ReportTemplate {
  readonly categories: Readonly<Record<string, string>>;
}

export { reportFormats, type ReportFormat };

export const reportTemplates: Readonly<Record<ReportFormat, ReportTemplate>> = {
  'cites-aitr': citesAitr as ReportTemplate,
  'basel-illegal-traffic': baselIllegalTraffic as ReportTemplate,
  'basel-closed-cases': baselClosedCases as ReportTemplate,
  'montreal-form1': montrealForm1 as ReportTemplate,
  'montreal-form2': montrealForm2 as ReportTemplate,
  'wco-cen': wcoCen as ReportTemplate,
  'un-cts': unCts as UnCtsTemplate,
};

export const unCtsTemplate = unCts as UnCtsTemplate;
export const wcoCenTemplate = wcoCen as WcoCenTemplate;

export function isReportFormat(value: unknown): value is ReportFormat {
  return typeof value === 'string' && (reportFormats as readonly string[]).includes(value);
}
