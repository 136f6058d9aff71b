import { omit, sameData } from '../../shared/same-data';
import type { RecordSeizure } from '../case.commands';
import { caseError } from '../case.errors';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import type { CaseContext } from './case-rules';
import { seizureDetails } from './seizure-details';

export function recordSeizure(
  { data }: RecordSeizure,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const seizure = seizureDetails(data);
  if (state.seizure) {
    if (sameData(omit(state.seizure, 'occurredAt'), seizure)) return [];
    return caseError(
      'case/already-recorded',
      'the seizure is recorded with other data; amend instead',
      'data.caseId',
    );
  }
  return [{ type: 'SeizureRecorded', data: { ...seizure, occurredAt: context.at } }];
}
