import { omit, sameData } from '../../shared/same-data';
import type { RecordSeizure } from '../case.commands';
import { caseError } from '../case.errors';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { dayOf } from '../../values';
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
  // The goods were on their way before they were stopped: a later start is a typing error. The
  // seizure itself is never after its recording, so this also keeps the movement out of the future.
  if (seizure.movementStartedOn !== undefined && seizure.movementStartedOn > dayOf(context.at)) {
    return caseError(
      'case/movement-after-seizure',
      'the movement cannot begin after the seizure',
      'data.movementStartedOn',
    );
  }
  return [{ type: 'SeizureRecorded', data: { ...seizure, occurredAt: context.at } }];
}
