import { textLimits } from '@greenchain/contracts';
import { checkDateOrder } from '../../shared/date-order';
import { countryCode, entityId, requiredText, type BusinessTime } from '../../values';
import type { Holder } from '../evidence.commands';
import { evidenceError } from '../evidence.errors';
import type { EvidenceState } from '../evidence.state';

export interface EvidenceContext {
  readonly at: BusinessTime;
}

export function holder(value: unknown, field: string): Holder {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    holderId: entityId(raw.holderId, `${field}.holderId`),
    agency: requiredText(raw.agency, `${field}.agency`, textLimits.shortName),
    country: countryCode(raw.country, `${field}.country`),
  };
}

/** Released or destroyed exhibits take no further fact. */
export function requireHeld(state: EvidenceState): Holder {
  if (state.status === 'released')
    return evidenceError('evidence/released', 'the exhibit was released');
  if (state.status === 'destroyed')
    return evidenceError('evidence/destroyed', 'the exhibit was destroyed');
  if (!state.holder) return evidenceError('evidence/not-registered', 'no such exhibit');
  return state.holder;
}

/** Only whoever holds the exhibit now can seal, examine, hand over, release or destroy it. */
export function requireCurrentHolder(
  state: EvidenceState,
  holderId: unknown,
  field: string,
): Holder {
  const current = requireHeld(state);
  const claimed = entityId(holderId, field);
  if (claimed !== current.holderId) {
    return evidenceError(
      'evidence/not-current-holder',
      `${claimed} does not hold the exhibit; ${current.holderId} does`,
      field,
    );
  }
  return current;
}

export function evidenceDateOrder(
  context: EvidenceContext,
  state: EvidenceState,
  reason: unknown,
): { dateOrderReason?: string } {
  const dateOrderReason = checkDateOrder(
    'evidence/date-out-of-order',
    context.at,
    [['previous custody record', state.lastChangedAt]],
    reason,
  );
  return dateOrderReason === undefined ? {} : { dateOrderReason };
}
