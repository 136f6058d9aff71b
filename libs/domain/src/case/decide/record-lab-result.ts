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
    laboratory: requiredText(data.laboratory, 'data.laboratory', 200),
    method: requiredText(data.method, 'data.method', 500),
    result: requiredText(data.result, 'data.result', 5000),
    substanceIdentified: optionalText(data.substanceIdentified, 'data.substanceIdentified', 200),
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
