import { omit } from '../../shared/same-data';
import { entityId } from '../../values';
import type { ImposeSentence } from '../case.commands';
import { caseError } from '../case.errors';
import type { CaseEvent } from '../case.events';
import { isConvicted } from '../case-stage';
import type { CaseState } from '../case.state';
import { sentenceDetails } from '../penalty';
import { caseDateOrder, isCaseRepeat, requireParty, type CaseContext } from './case-rules';

/** Only a defendant whose conviction is in force is sentenced; a new sentence comes by appeal. */
export function imposeSentence(
  { data }: ImposeSentence,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const party = requireParty(state, data.partyId);
  const sentence = {
    sentenceId: entityId(data.sentenceId, 'data.sentenceId'),
    partyId: party.partyId,
    ...sentenceDetails(state, data, 'data.'),
  };
  const earlier = state.sentences[sentence.sentenceId];
  if (
    isCaseRepeat(
      earlier && omit(earlier, 'occurredAt', 'dateOrderReason'),
      sentence,
      'data.sentenceId',
    )
  ) {
    return [];
  }
  const { defendant } = party;
  if (!isConvicted(defendant)) {
    return caseError(
      'case/not-convicted',
      `no conviction in force (${defendant.verdict?.outcome ?? 'no verdict'})`,
      'data.partyId',
    );
  }
  if (defendant.sentence) {
    return caseError(
      'case/already-sentenced',
      'a sentence is in force; an appeal may vary it',
      'data.partyId',
    );
  }
  const dated = caseDateOrder(context, state, data.dateOrderReason, [
    'verdict',
    defendant.verdict?.occurredAt,
  ]);
  return [{ type: 'SentenceImposed', data: { ...sentence, occurredAt: context.at, ...dated } }];
}
