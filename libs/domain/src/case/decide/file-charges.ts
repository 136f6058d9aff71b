import { textLimits } from '@greenchain/contracts';
import { compact, sameData } from '../../shared/same-data';
import { entityId, iccsClassCode, list, optionalText, requiredText } from '../../values';
import type { FileCharges } from '../case.commands';
import type { Charge } from '../case.data';
import { caseError } from '../case.errors';
import type { CaseEvent } from '../case.events';
import { defendantStatus } from '../case-stage';
import type { CaseState } from '../case.state';
import {
  caseDateOrder,
  requireAcceptedReferral,
  requireParty,
  type CaseContext,
} from './case-rules';
import { requireActiveCharges } from './defendant-rules';

function charge(value: unknown, field: string): Charge {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return compact({
    chargeId: entityId(raw.chargeId, `${field}.chargeId`),
    statute: requiredText(raw.statute, `${field}.statute`, textLimits.name),
    section: requiredText(raw.section, `${field}.section`, textLimits.identifier),
    iccsClass: iccsClassCode(raw.iccsClass, `${field}.iccsClass`),
    description: optionalText(raw.description, `${field}.description`),
  });
}

/** Charges against one defendant; filing more before the verdict adds to them. */
export function fileCharges(
  { data }: FileCharges,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const referral = requireAcceptedReferral(state);
  const party = requireParty(state, data.partyId);
  const charges = list(data.charges, 'data.charges', charge, { nonEmpty: true });
  const existing = party.defendant.charges;
  const fresh = charges.filter((item, index) => {
    const earlier = existing[item.chargeId];
    if (earlier && !sameData(earlier, item)) {
      caseError(
        'case/conflicting-repeat',
        'charge id used for another charge',
        `data.charges[${index}].chargeId`,
      );
    }
    return !earlier;
  });
  if (fresh.length === 0) return [];
  if (defendantStatus(party.defendant) !== 'suspect') requireActiveCharges(party);
  const dated = caseDateOrder(context, state, data.dateOrderReason, [
    'acceptance of the referral',
    referral.accepted?.occurredAt,
  ]);
  return [
    {
      type: 'ChargesFiled',
      data: { partyId: party.partyId, charges: fresh, occurredAt: context.at, ...dated },
    },
  ];
}
