import { baselClosedCasesRows } from './formats/basel-closed-cases';
import { baselIllegalTrafficRows } from './formats/basel-illegal-traffic';
import { citesAitrRows } from './formats/cites-aitr';
import { montrealForm1Rows } from './formats/montreal-form1';
import { montrealForm2Rows } from './formats/montreal-form2';
import { unCtsCaseRows, unCtsRows } from './formats/un-cts';
import { wcoCenRows } from './formats/wco-cen';
import type { ReportMapper } from './report-row';
import { reportTemplates, type ReportFormat, type ReportTemplate } from './report-template';

/**
 * A format: its layout, the rows of its file, and the rows of each case the validation checks
 * (the file's own rows, except for a count, whose rows belong to no case).
 */
export interface ReportDefinition {
  readonly template: ReportTemplate;
  readonly rows: ReportMapper;
  readonly caseRows: ReportMapper;
}

const perCase = (format: ReportFormat, rows: ReportMapper): ReportDefinition => ({
  template: reportTemplates[format],
  rows,
  caseRows: rows,
});

export const reportDefinitions: Readonly<Record<ReportFormat, ReportDefinition>> = {
  'cites-aitr': perCase('cites-aitr', citesAitrRows),
  'basel-illegal-traffic': perCase('basel-illegal-traffic', baselIllegalTrafficRows),
  'basel-closed-cases': perCase('basel-closed-cases', baselClosedCasesRows),
  'montreal-form1': perCase('montreal-form1', montrealForm1Rows),
  'montreal-form2': perCase('montreal-form2', montrealForm2Rows),
  'wco-cen': perCase('wco-cen', wcoCenRows),
  'un-cts': { template: reportTemplates['un-cts'], rows: unCtsRows, caseRows: unCtsCaseRows },
};
