import { sameData } from '../../shared/same-data';
import type { AmendParty } from '../case.commands';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { caseDateOrder, requireParty, type CaseContext } from './case-rules';
import { partyDetails } from './party-details';

/** Replaces the party's details as a whole (the event store encrypts them per party). */
export function amendParty(
  { data }: AmendParty,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const current = requireParty(state, data.partyId);
  const party = partyDetails(data);
  if (sameData(current.details, party)) return [];
  const dated = caseDateOrder(context, state, data.dateOrderReason);
  return [{ type: 'PartyAmended', data: { ...party, occurredAt: context.at, ...dated } }];
}
