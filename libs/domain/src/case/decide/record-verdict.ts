import { compact } from '../../shared/same-data';
import { oneOf, optionalText } from '../../values';
import type { RecordVerdict } from '../case.commands';
import { verdictOutcomes } from '../case.data';
import { caseError } from '../case.errors';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { caseDateOrder, requireParty, type CaseContext } from './case-rules';
import { requireActiveCharges } from './defendant-rules';

/** The first-instance verdict for one defendant; only an appeal changes it afterwards. */
export function recordVerdict(
  { data }: RecordVerdict,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const party = requireParty(state, data.partyId);
  const outcome = oneOf(verdictOutcomes, data.outcome, 'data.outcome');
  const note = optionalText(data.note, 'data.note');
  const verdict = party.defendant.verdict;
  if (verdict) {
    if (!verdict.onAppeal && verdict.outcome === outcome) return [];
    return caseError(
      'case/verdict-already-recorded',
      `the verdict is ${verdict.outcome}; appeal to change it`,
      'data.outcome',
    );
  }
  requireActiveCharges(party);
  const dated = caseDateOrder(context, state, data.dateOrderReason, [
    'charges',
    party.defendant.chargedAt,
  ]);
  return [
    {
      type: 'VerdictRecorded',
      data: compact({ partyId: party.partyId, outcome, note, occurredAt: context.at, ...dated }),
    },
  ];
}
