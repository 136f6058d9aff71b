import { textLimits } from '@greenchain/contracts';
import { sameData } from '../../shared/same-data';
import { entityId, requiredText } from '../../values';
import type { ReleaseEvidence } from '../evidence.commands';
import type { EvidenceEvent } from '../evidence.events';
import type { EvidenceState } from '../evidence.state';
import { evidenceDateOrder, requireCurrentHolder, type EvidenceContext } from './evidence-rules';

export function releaseEvidence(
  { data }: ReleaseEvidence,
  state: EvidenceState,
  context: EvidenceContext,
): EvidenceEvent[] {
  const request = {
    holderId: entityId(data.holderId, 'data.holderId'),
    releasedTo: requiredText(data.releasedTo, 'data.releasedTo', textLimits.name),
    reason: requiredText(data.reason, 'data.reason'),
  };
  const { release } = state;
  if (
    release &&
    sameData(request, {
      holderId: release.holderId,
      releasedTo: release.releasedTo,
      reason: release.reason,
    })
  ) {
    return [];
  }
  requireCurrentHolder(state, request.holderId, 'data.holderId');
  return [
    {
      type: 'EvidenceReleased',
      data: {
        ...request,
        occurredAt: context.at,
        ...evidenceDateOrder(context, state, data.dateOrderReason),
      },
    },
  ];
}
