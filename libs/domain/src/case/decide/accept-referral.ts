import type { AcceptReferral } from '../case.commands';
import { caseError } from '../case.errors';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { caseDateOrder, type CaseContext } from './case-rules';
import { currentReferral } from './referral-rules';

export function acceptReferral(
  { data }: AcceptReferral,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const referral = currentReferral(state, data.referralId);
  const prosecutorId = context.actor.userId;
  if (referral.status === 'returned') {
    return caseError('case/referral-returned', 'the referral was returned', 'data.referralId');
  }
  if (referral.accepted) {
    if (referral.accepted.prosecutorId === prosecutorId) return [];
    return caseError(
      'case/referral-already-accepted',
      `accepted by ${referral.accepted.prosecutorId}`,
      'data.referralId',
    );
  }
  const dated = caseDateOrder(context, state, data.dateOrderReason, [
    'referral',
    referral.request.occurredAt,
  ]);
  return [
    {
      type: 'ReferralAccepted',
      data: {
        referralId: referral.request.referralId,
        prosecutorId,
        office: context.actor.agency,
        occurredAt: context.at,
        ...dated,
      },
    },
  ];
}
