import { compact, omit } from '../../shared/same-data';
import { entityId, money, oneOf, optionalText } from '../../values';
import type { RecordPenaltyEnforcement } from '../case.commands';
import type { PenaltyLine } from '../case.data';
import { caseError } from '../case.errors';
import type { CaseEvent, FinePaidData, PenaltyEnforcedData } from '../case.events';
import type { CaseState } from '../case.state';
import { penaltyTypes } from '../penalty';
import { caseDateOrder, isCaseRepeat, requireParty, type CaseContext } from './case-rules';

type Undated<T> = Omit<T, 'occurredAt' | 'dateOrderReason'>;
type Fact =
  | { readonly type: 'FinePaid'; readonly data: Undated<FinePaidData> }
  | { readonly type: 'PenaltyEnforced'; readonly data: Undated<PenaltyEnforcedData> };

/** The penalty in force for a party: its sentence, or the administrative settlement naming it. */
function penaltyInForce(state: CaseState, partyId: string) {
  const sentence = state.parties[partyId]?.defendant.sentence;
  if (sentence) return { lines: sentence.penaltyLines, since: sentence.occurredAt };
  const settlement = state.settlement;
  if (settlement?.partyIds.includes(partyId)) {
    return { lines: settlement.penaltyLines, since: settlement.occurredAt };
  }
  return caseError(
    'case/no-penalty-to-enforce',
    'no sentence or settlement names this party',
    'data.partyId',
  );
}

function fact(
  data: RecordPenaltyEnforcement['data'],
  lines: readonly PenaltyLine[],
  base: { enforcementId: string; partyId: string; note?: string },
): Fact {
  const raw: Record<string, unknown> = { ...data };
  const kind = oneOf(['fine_paid', 'penalty_enforced'] as const, raw.kind, 'data.kind');
  if (kind === 'fine_paid') {
    const amount = money(raw.amount, 'data.amount');
    const due = lines.flatMap((line) =>
      line.type === 'fine' || line.type === 'costs' ? [line.amount] : [],
    );
    if (due.length === 0)
      return caseError('case/penalty-not-imposed', 'no fine or costs to pay', 'data.kind');
    if (!due.some((owed) => owed.currency === amount.currency)) {
      return caseError(
        'case/currency-mismatch',
        `nothing is due in ${amount.currency}`,
        'data.amount.currency',
      );
    }
    return { type: 'FinePaid', data: compact({ ...base, amount }) };
  }
  const penaltyType = oneOf(penaltyTypes, raw.penaltyType, 'data.penaltyType');
  if (!lines.some((line) => line.type === penaltyType)) {
    return caseError(
      'case/penalty-not-imposed',
      `no ${penaltyType} was imposed`,
      'data.penaltyType',
    );
  }
  return { type: 'PenaltyEnforced', data: compact({ ...base, penaltyType }) };
}

export function recordPenaltyEnforcement(
  { data }: RecordPenaltyEnforcement,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const enforcementId = entityId(data.enforcementId, 'data.enforcementId');
  const party = requireParty(state, data.partyId);
  const note = optionalText(data.note, 'data.note');
  const penalty = penaltyInForce(state, party.partyId);
  const recorded = fact(data, penalty.lines, { enforcementId, partyId: party.partyId, note });
  const earlier = state.enforcements[enforcementId];
  if (
    isCaseRepeat(
      earlier && omit(earlier, 'occurredAt', 'dateOrderReason'),
      recorded.data,
      'data.enforcementId',
    )
  ) {
    return [];
  }
  const stamp = {
    occurredAt: context.at,
    ...caseDateOrder(context, state, data.dateOrderReason, ['penalty', penalty.since]),
  };
  return [
    recorded.type === 'FinePaid'
      ? { type: recorded.type, data: { ...recorded.data, ...stamp } }
      : { type: recorded.type, data: { ...recorded.data, ...stamp } },
  ];
}
