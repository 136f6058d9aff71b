import { textLimits } from '@greenchain/contracts';
import { compact, omit } from '../../shared/same-data';
import { entityId, optionalText, requiredText } from '../../values';
import type { RecordLabResult } from '../case.commands';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { caseDateOrder, isCaseRepeat, requireItem, type CaseContext } from './case-rules';

export function recordLabResult(
  { data }: RecordLabResult,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const result = compact({
    labResultId: entityId(data.labResultId, 'data.labResultId'),
    itemId: entityId(data.itemId, 'data.itemId'),
    laboratory: requiredText(data.laboratory, 'data.laboratory', textLimits.shortName),
    method: requiredText(data.method, 'data.method', textLimits.name),
    result: requiredText(data.result, 'data.result', textLimits.report),
    substanceIdentified: optionalText(
      data.substanceIdentified,
      'data.substanceIdentified',
      textLimits.shortName,
    ),
  });
  const earlier = state.labResults[result.labResultId];
  if (
    isCaseRepeat(
      earlier && omit(earlier, 'occurredAt', 'dateOrderReason'),
      result,
      'data.labResultId',
    )
  ) {
    return [];
  }
  requireItem(state, result.itemId);
  const dated = caseDateOrder(context, state, data.dateOrderReason);
  return [{ type: 'LabResultRecorded', data: { ...result, occurredAt: context.at, ...dated } }];
}
