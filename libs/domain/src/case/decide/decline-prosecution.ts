import { compact } from '../../shared/same-data';
import { listedCode, optionalText } from '../../values';
import type { DeclineProsecution } from '../case.commands';
import { caseError } from '../case.errors';
import type { CaseEvent, ProsecutionDeclinedData } from '../case.events';
import { defendantStatus } from '../case-stage';
import type { CaseState } from '../case.state';
import {
  caseDateOrder,
  requireAcceptedReferral,
  requireParty,
  type CaseContext,
} from './case-rules';

type Scope = Pick<ProsecutionDeclinedData, 'scope' | 'partyIds'>;

function scopeOf(state: CaseState, partyId: unknown): Scope | undefined {
  if (partyId !== undefined) {
    const party = requireParty(state, partyId);
    const status = defendantStatus(party.defendant);
    if (status === 'declined') return undefined;
    if (status !== 'suspect') {
      return caseError(
        'case/already-charged',
        'a charged defendant is withdrawn, not declined',
        'data.partyId',
      );
    }
    return { scope: 'defendant', partyIds: [party.partyId] };
  }
  const parties = Object.entries(state.parties);
  const undecided = parties.filter(([, party]) => defendantStatus(party.defendant) === 'suspect');
  if (undecided.length > 0) return { scope: 'all', partyIds: undecided.map(([id]) => id) };
  if (state.declinedAll) return undefined;
  if (parties.length === 0) return { scope: 'all', partyIds: [] };
  if (parties.every(([, party]) => defendantStatus(party.defendant) === 'declined'))
    return undefined;
  return caseError(
    'case/nothing-to-decline',
    'every defendant already has a charge decision',
    'data.partyId',
  );
}

/** No prosecution for one defendant, or for all without a charge decision (offender unknown too). */
export function declineProsecution(
  { data }: DeclineProsecution,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const referral = requireAcceptedReferral(state);
  const reasonCode = listedCode('declineReasons', data.reasonCode, 'data.reasonCode');
  const note = optionalText(data.note, 'data.note');
  const scope = scopeOf(state, data.partyId);
  if (!scope) return [];
  const dated = caseDateOrder(context, state, data.dateOrderReason, [
    'acceptance of the referral',
    referral.accepted?.occurredAt,
  ]);
  return [
    {
      type: 'ProsecutionDeclined',
      data: compact({ ...scope, reasonCode, note, occurredAt: context.at, ...dated }),
    },
  ];
}
