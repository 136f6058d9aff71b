import { textLimits } from '@greenchain/contracts';
import { sameData } from '../../shared/same-data';
import { entityId, requiredText } from '../../values';
import type { ReferToProsecution } from '../case.commands';
import { caseError } from '../case.errors';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { caseDateOrder, type CaseContext } from './case-rules';

export function referToProsecution(
  { data }: ReferToProsecution,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const referral = {
    referralId: entityId(data.referralId, 'data.referralId'),
    office: requiredText(data.office, 'data.office', textLimits.shortName),
    summary: requiredText(data.summary, 'data.summary', textLimits.summary),
  };
  if (state.settlement) return caseError('case/settled', 'the case was settled administratively');
  const current = state.referral;
  if (current && current.request.referralId === referral.referralId) {
    const { referralId, office, summary } = current.request;
    if (current.status === 'returned') {
      return caseError(
        'case/referral-returned',
        'that referral was returned; refer anew with a new id',
        'data.referralId',
      );
    }
    if (sameData({ referralId, office, summary }, referral)) return [];
  }
  if (current && current.status !== 'returned') {
    return caseError(
      'case/already-referred',
      'the case is already with a prosecutor',
      'data.referralId',
    );
  }
  const dated = caseDateOrder(context, state, data.dateOrderReason, [
    'return of the referral',
    current?.returned?.occurredAt,
  ]);
  return [
    { type: 'CaseReferredToProsecution', data: { ...referral, occurredAt: context.at, ...dated } },
  ];
}
