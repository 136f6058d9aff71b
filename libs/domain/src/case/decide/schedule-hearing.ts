import { textLimits } from '@greenchain/contracts';
import { omit } from '../../shared/same-data';
import { businessTime, entityId, list, requiredText } from '../../values';
import type { ScheduleHearing } from '../case.commands';
import type { CaseEvent } from '../case.events';
import { defendantStatus } from '../case-stage';
import type { CaseState } from '../case.state';
import { caseDateOrder, isCaseRepeat, requireParty, type CaseContext } from './case-rules';
import { requireActiveCharges } from './defendant-rules';

export function scheduleHearing(
  { data }: ScheduleHearing,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const parties = list(
    data.partyIds,
    'data.partyIds',
    (id, field) => requireParty(state, id, field),
    {
      nonEmpty: true,
    },
  );
  const hearing = {
    hearingId: entityId(data.hearingId, 'data.hearingId'),
    partyIds: parties.map((party) => party.partyId),
    court: requiredText(data.court, 'data.court', textLimits.shortName),
    scheduledFor: businessTime(data.scheduledFor, 'data.scheduledFor'),
    purpose: requiredText(data.purpose, 'data.purpose', textLimits.shortName),
  };
  const earlier = state.hearings[hearing.hearingId]?.scheduled;
  if (
    isCaseRepeat(
      earlier && omit(earlier, 'occurredAt', 'dateOrderReason'),
      hearing,
      'data.hearingId',
    )
  ) {
    return [];
  }
  parties.forEach((party, index) => {
    const status = defendantStatus(party.defendant);
    if (status === 'suspect' || status === 'declined' || status === 'withdrawn') {
      requireActiveCharges(party, `data.partyIds[${index}]`);
    }
  });
  const anchors = parties.map((party) => ['charges', party.defendant.chargedAt] as const);
  const dated = caseDateOrder(context, state, data.dateOrderReason, ...anchors);
  return [{ type: 'HearingScheduled', data: { ...hearing, occurredAt: context.at, ...dated } }];
}
