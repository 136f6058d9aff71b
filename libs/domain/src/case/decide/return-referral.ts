import { requiredText } from '../../values';
import type { ReturnReferral } from '../case.commands';
import { caseError } from '../case.errors';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { caseDateOrder, isCaseRepeat, type CaseContext } from './case-rules';
import { currentReferral } from './referral-rules';

/** The prosecutor sends the file back (incomplete, wrong office); customs may refer anew. */
export function returnReferral(
  { data }: ReturnReferral,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const referral = currentReferral(state, data.referralId);
  const reason = requiredText(data.reason, 'data.reason');
  const earlier = referral.returned;
  if (isCaseRepeat(earlier && { reason: earlier.reason }, { reason }, 'data.referralId')) return [];
  if (referral.status === 'accepted') {
    return caseError(
      'case/referral-already-accepted',
      'an accepted referral ends in charges or a decline',
      'data.referralId',
    );
  }
  const dated = caseDateOrder(context, state, data.dateOrderReason, [
    'referral',
    referral.request.occurredAt,
  ]);
  return [
    {
      type: 'ReferralReturned',
      data: { referralId: referral.request.referralId, reason, occurredAt: context.at, ...dated },
    },
  ];
}
