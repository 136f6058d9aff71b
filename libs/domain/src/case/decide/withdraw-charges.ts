import { compact } from '../../shared/same-data';
import { listedCode, optionalText } from '../../values';
import type { WithdrawCharges } from '../case.commands';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { caseDateOrder, requireParty, type CaseContext } from './case-rules';
import { requireActiveCharges } from './defendant-rules';

/** The prosecution drops every charge against one defendant, before a verdict. */
export function withdrawCharges(
  { data }: WithdrawCharges,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const party = requireParty(state, data.partyId);
  const reasonCode = listedCode('declineReasons', data.reasonCode, 'data.reasonCode');
  const note = optionalText(data.note, 'data.note');
  if (party.defendant.withdrawn) return [];
  requireActiveCharges(party);
  const dated = caseDateOrder(context, state, data.dateOrderReason, [
    'charges',
    party.defendant.chargedAt,
  ]);
  return [
    {
      type: 'ChargesWithdrawn',
      data: compact({
        partyId: party.partyId,
        chargeIds: Object.keys(party.defendant.charges),
        reasonCode,
        note,
        occurredAt: context.at,
        ...dated,
      }),
    },
  ];
}
