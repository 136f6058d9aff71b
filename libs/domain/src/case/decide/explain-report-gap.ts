import { missingFactReasons, reportFormats, textLimits } from '@greenchain/contracts';
import { compact, omit, sameData } from '../../shared/same-data';
import { entityId, oneOf, optionalText } from '../../values';
import type { ExplainReportGap } from '../case.commands';
import type { CaseEvent } from '../case.events';
import { reportGapKey, type CaseState } from '../case.state';
import type { CaseContext } from './case-rules';

/**
 * Why a column a treaty report requires is empty for this case, as the report's owner asks a Party
 * to say. Which columns a report requires is the template's business (libs/reports; the API checks
 * the column against it); the case keeps one explanation per report and column, the latest.
 */
export function explainReportGap(
  { data }: ExplainReportGap,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const explanation = compact({
    report: oneOf(reportFormats, data.report, 'data.report'),
    column: entityId(data.column, 'data.column'),
    reason: oneOf(missingFactReasons, data.reason, 'data.reason'),
    note: optionalText(data.note, 'data.note', textLimits.note),
  });
  const earlier = state.reportGaps[reportGapKey(explanation.report, explanation.column)];
  if (earlier && sameData(omit(earlier, 'occurredAt'), explanation)) return [];
  return [{ type: 'ReportGapExplained', data: { ...explanation, occurredAt: context.at } }];
}
