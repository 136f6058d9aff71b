import { listedCode } from '../../values';
import type { RecordPlea } from '../case.commands';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { caseDateOrder, requireParty, type CaseContext } from './case-rules';
import { requireActiveCharges } from './defendant-rules';

/** A plea may change before the verdict (not guilty, then guilty); each change is a fact. */
export function recordPlea(
  { data }: RecordPlea,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const party = requireParty(state, data.partyId);
  const plea = listedCode('pleas', data.plea, 'data.plea');
  if (party.defendant.plea === plea) return [];
  requireActiveCharges(party);
  const dated = caseDateOrder(context, state, data.dateOrderReason, [
    'charges',
    party.defendant.chargedAt,
  ]);
  return [
    {
      type: 'PleaRecorded',
      data: { partyId: party.partyId, plea, occurredAt: context.at, ...dated },
    },
  ];
}
