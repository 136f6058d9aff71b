import { entityId } from '../../values';
import { caseError } from '../case.errors';
import type { CaseState, ReferralState } from '../case.state';
import { refuseUnreferred } from './case-rules';

/** The referral a prosecutor answers: it must be the case's current one. */
export function currentReferral(state: CaseState, referralId: unknown): ReferralState {
  const id = entityId(referralId, 'data.referralId');
  const referral = state.referral;
  if (!referral) return refuseUnreferred(state);
  if (referral.request.referralId !== id) {
    return caseError(
      'case/referral-not-found',
      `${id} is not the current referral`,
      'data.referralId',
    );
  }
  return referral;
}
