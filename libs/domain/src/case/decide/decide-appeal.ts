import { compact, omit, sameData } from '../../shared/same-data';
import { entityId, oneOf } from '../../values';
import type { DecideAppeal } from '../case.commands';
import { appealOutcomes } from '../case.data';
import { caseError } from '../case.errors';
import type { CaseEvent } from '../case.events';
import { isConvicted } from '../case-stage';
import type { CaseState } from '../case.state';
import { sentenceDetails } from '../penalty';
import { caseDateOrder, type CaseContext } from './case-rules';

function newSentence(data: DecideAppeal['data'], state: CaseState) {
  const outcome = oneOf(appealOutcomes, data.outcome, 'data.outcome');
  if (outcome !== 'varied') {
    if (data.newSentence !== undefined) {
      caseError(
        'case/new-sentence-not-allowed',
        `an appeal ${outcome} sets no new sentence`,
        'data.newSentence',
      );
    }
    return { outcome };
  }
  if (data.newSentence === undefined) {
    return caseError(
      'case/new-sentence-required',
      'a varied appeal gives the new sentence',
      'data.newSentence',
    );
  }
  const sentence = {
    sentenceId: entityId(data.newSentence.sentenceId, 'data.newSentence.sentenceId'),
    ...sentenceDetails(state, data.newSentence, 'data.newSentence.'),
  };
  return { outcome, newSentence: sentence };
}

/**
 * Overturned flips the verdict in force (a conviction falls, or an acquittal becomes a conviction);
 * varied replaces the sentence; upheld changes nothing but closes the appeal.
 */
export function decideAppeal(
  { data }: DecideAppeal,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const appealId = entityId(data.appealId, 'data.appealId');
  const appeal = state.appeals[appealId];
  if (!appeal) return caseError('case/appeal-not-found', `no appeal ${appealId}`, 'data.appealId');
  const decision = compact({
    appealId,
    partyId: appeal.filed.partyId,
    ...newSentence(data, state),
  });
  const earlier = appeal.decided;
  if (earlier) {
    if (sameData(omit(earlier, 'occurredAt', 'dateOrderReason'), decision)) return [];
    return caseError('case/appeal-already-decided', 'the appeal was decided', 'data.appealId');
  }
  const defendant = state.parties[appeal.filed.partyId]?.defendant;
  if (decision.outcome === 'varied' && !(defendant && isConvicted(defendant))) {
    return caseError(
      'case/not-convicted',
      'only a conviction in force carries a sentence to vary',
      'data.outcome',
    );
  }
  const dated = caseDateOrder(context, state, data.dateOrderReason, [
    'appeal',
    appeal.filed.occurredAt,
  ]);
  return [{ type: 'AppealDecided', data: { ...decision, occurredAt: context.at, ...dated } }];
}
