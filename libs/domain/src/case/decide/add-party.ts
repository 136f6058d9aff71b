import type { AddParty } from '../case.commands';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { caseDateOrder, isCaseRepeat, type CaseContext } from './case-rules';
import { partyDetails } from './party-details';

export function addParty({ data }: AddParty, state: CaseState, context: CaseContext): CaseEvent[] {
  const party = partyDetails(data);
  if (isCaseRepeat(state.parties[party.partyId]?.details, party, 'data.partyId')) return [];
  const dated = caseDateOrder(context, state, data.dateOrderReason);
  return [{ type: 'PartyAdded', data: { ...party, occurredAt: context.at, ...dated } }];
}
