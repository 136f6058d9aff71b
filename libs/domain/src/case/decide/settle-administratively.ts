import { compact, omit } from '../../shared/same-data';
import { booleanValue, entityId, list, optionalText } from '../../values';
import type { SettleAdministrativelyData, SettleAdministratively } from '../case.commands';
import { caseError } from '../case.errors';
import type { CaseEvent } from '../case.events';
import { chainOutcome } from '../case-stage';
import type { CaseState } from '../case.state';
import { penaltyLines } from '../penalty';
import { caseDateOrder, isCaseRepeat, requireParty, type CaseContext } from './case-rules';

/** Penalties a customs authority can impose itself; custody and probation need a court. */
const judicialOnly = new Set(['imprisonment', 'community_service', 'probation']);

export function settleAdministratively(
  { data }: SettleAdministratively,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const settlement: Omit<SettleAdministrativelyData, 'dateOrderReason'> = compact({
    settlementId: entityId(data.settlementId, 'data.settlementId'),
    partyIds: list(
      data.partyIds,
      'data.partyIds',
      (partyId, field) => requireParty(state, partyId, field).partyId,
    ),
    penaltyLines: penaltyLines(state, data.penaltyLines, 'data.penaltyLines'),
    reExportOrder: booleanValue(data.reExportOrder, 'data.reExportOrder'),
    note: optionalText(data.note, 'data.note'),
  });
  const earlier = state.settlement;
  if (earlier?.settlementId === settlement.settlementId) {
    if (
      isCaseRepeat(omit(earlier, 'occurredAt', 'dateOrderReason'), settlement, 'data.settlementId')
    )
      return [];
  }
  if (earlier) return caseError('case/settled', 'the case was already settled administratively');
  if (state.referral?.status === 'pending') {
    return caseError('case/already-referred', 'the referral to prosecution is pending');
  }
  if (state.referral?.status === 'accepted' && chainOutcome(state) !== 'ended_without_conviction') {
    return caseError(
      'case/in-prosecution',
      'the prosecutor has the case; only a decline returns it',
    );
  }
  settlement.penaltyLines.forEach((line, index) => {
    if (judicialOnly.has(line.type)) {
      caseError(
        'case/penalty-not-administrative',
        `${line.type} needs a court`,
        `data.penaltyLines[${index}].type`,
      );
    }
  });
  const dated = caseDateOrder(context, state, data.dateOrderReason);
  return [
    {
      type: 'CaseSettledAdministratively',
      data: { ...settlement, occurredAt: context.at, ...dated },
    },
  ];
}
