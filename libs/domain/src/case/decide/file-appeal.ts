import { compact, omit } from '../../shared/same-data';
import { entityId, oneOf, optionalText } from '../../values';
import type { FileAppeal } from '../case.commands';
import { caseError } from '../case.errors';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { caseDateOrder, isCaseRepeat, requireParty, type CaseContext } from './case-rules';

/** Either side may appeal a verdict (an acquittal too) or a sentence, one appeal at a time. */
export function fileAppeal(
  { data }: FileAppeal,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const party = requireParty(state, data.partyId);
  const appeal = compact({
    appealId: entityId(data.appealId, 'data.appealId'),
    partyId: party.partyId,
    appellant: oneOf(['defence', 'prosecution'] as const, data.appellant, 'data.appellant'),
    against: oneOf(['verdict', 'sentence'] as const, data.against, 'data.against'),
    grounds: optionalText(data.grounds, 'data.grounds'),
  });
  const earlier = state.appeals[appeal.appealId]?.filed;
  if (
    isCaseRepeat(earlier && omit(earlier, 'occurredAt', 'dateOrderReason'), appeal, 'data.appealId')
  ) {
    return [];
  }
  const { defendant } = party;
  if (!defendant.verdict)
    return caseError('case/no-verdict', 'appeals follow a verdict', 'data.partyId');
  if (appeal.against === 'sentence' && !defendant.sentence) {
    return caseError('case/not-sentenced', 'there is no sentence to appeal', 'data.against');
  }
  if (defendant.pendingAppealId !== undefined) {
    return caseError(
      'case/appeal-pending',
      `appeal ${defendant.pendingAppealId} is not decided yet`,
      'data.partyId',
    );
  }
  const dated = caseDateOrder(
    context,
    state,
    data.dateOrderReason,
    ['verdict', defendant.verdict.occurredAt],
    ['sentence', appeal.against === 'sentence' ? defendant.sentence?.occurredAt : undefined],
  );
  return [{ type: 'AppealFiled', data: { ...appeal, occurredAt: context.at, ...dated } }];
}
