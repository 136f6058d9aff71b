import { textLimits } from '@greenchain/contracts';
import { compact, sameData } from '../../shared/same-data';
import { entityId, optionalText, requiredText } from '../../values';
import type { DestroyEvidence } from '../evidence.commands';
import type { EvidenceEvent } from '../evidence.events';
import type { EvidenceState } from '../evidence.state';
import { evidenceDateOrder, requireCurrentHolder, type EvidenceContext } from './evidence-rules';

export function destroyEvidence(
  { data }: DestroyEvidence,
  state: EvidenceState,
  context: EvidenceContext,
): EvidenceEvent[] {
  const request = compact({
    holderId: entityId(data.holderId, 'data.holderId'),
    method: requiredText(data.method, 'data.method', textLimits.name),
    reason: requiredText(data.reason, 'data.reason'),
    authority: requiredText(data.authority, 'data.authority', textLimits.name),
    witness: optionalText(data.witness, 'data.witness', textLimits.name),
  });
  const done = state.destruction;
  if (
    done &&
    sameData(request, {
      holderId: done.holderId,
      method: done.method,
      reason: done.reason,
      authority: done.authority,
      witness: done.witness,
    })
  ) {
    return [];
  }
  requireCurrentHolder(state, request.holderId, 'data.holderId');
  return [
    {
      type: 'EvidenceDestroyed',
      data: compact({
        ...request,
        occurredAt: context.at,
        ...evidenceDateOrder(context, state, data.dateOrderReason),
      }),
    },
  ];
}
