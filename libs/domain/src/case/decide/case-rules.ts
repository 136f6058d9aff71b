import { checkDateOrder, type DateAnchor } from '../../shared/date-order';
import type { Actor } from '../../shared/command-metadata';
import { isRepeat } from '../../shared/repeat';
import { entityId, type BusinessTime } from '../../values';
import { caseError } from '../case.errors';
import type { CaseState, ItemState, PartyState, ReferralState } from '../case.state';

export interface CaseContext {
  readonly at: BusinessTime;
  readonly actor: Actor;
}

export function requireParty(
  state: CaseState,
  partyId: unknown,
  field = 'data.partyId',
): PartyState & { readonly partyId: string } {
  const id = entityId(partyId, field);
  const party = state.parties[id];
  if (!party) return caseError('case/party-not-found', `no party ${id} in this case`, field);
  return { ...party, partyId: id };
}

export function requireItem(state: CaseState, itemId: unknown, field = 'data.itemId'): ItemState {
  const id = entityId(itemId, field);
  const item = state.items[id];
  if (!item) return caseError('case/item-not-found', `no item ${id} in this case`, field);
  if (item.removed) return caseError('case/item-removed', `item ${id} was removed`, field);
  return item;
}

/**
 * Refuses prosecution on a case without a live referral. A settled case is never referred (customs
 * closed it themselves), so the prosecutor is told that rather than to wait for a referral.
 */
export function refuseUnreferred(state: CaseState): never {
  if (state.settlement) {
    return caseError('case/settled', 'the case was settled administratively by customs');
  }
  return caseError('case/not-referred', 'the case has not been referred to prosecution');
}

/** Prosecution facts need a referral the prosecutor accepted. */
export function requireAcceptedReferral(state: CaseState): ReferralState {
  const referral = state.referral;
  if (!referral || referral.status === 'returned') return refuseUnreferred(state);
  if (referral.status === 'pending') {
    return caseError('case/referral-not-accepted', 'the prosecutor has not accepted the referral');
  }
  return referral;
}

/** Checks the business date against the seizure and the stages the command follows. */
export function caseDateOrder(
  context: CaseContext,
  state: CaseState,
  reason: unknown,
  ...anchors: DateAnchor[]
): { dateOrderReason?: string } {
  const dateOrderReason = checkDateOrder(
    'case/date-out-of-order',
    context.at,
    [['seizure', state.seizure?.occurredAt], ...anchors],
    reason,
  );
  return dateOrderReason === undefined ? {} : { dateOrderReason };
}

export const isCaseRepeat = (existing: unknown, incoming: unknown, idField: string) =>
  isRepeat('case/conflicting-repeat', existing, incoming, idField);
