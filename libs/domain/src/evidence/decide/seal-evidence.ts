import { textLimits } from '@greenchain/contracts';
import { requiredText } from '../../values';
import type { SealEvidence } from '../evidence.commands';
import { evidenceError } from '../evidence.errors';
import type { EvidenceEvent } from '../evidence.events';
import type { EvidenceState } from '../evidence.state';
import { evidenceDateOrder, requireCurrentHolder, type EvidenceContext } from './evidence-rules';

export function sealEvidence(
  { data }: SealEvidence,
  state: EvidenceState,
  context: EvidenceContext,
): EvidenceEvent[] {
  const sealNumber = requiredText(data.sealNumber, 'data.sealNumber', textLimits.identifier);
  const holder = requireCurrentHolder(state, data.holderId, 'data.holderId');
  if (state.seal?.intact) {
    if (state.seal.number === sealNumber) return [];
    return evidenceError(
      'evidence/already-sealed',
      `seal ${state.seal.number} is intact; an examination breaks it first`,
      'data.sealNumber',
    );
  }
  return [
    {
      type: 'EvidenceSealed',
      data: {
        sealNumber,
        holderId: holder.holderId,
        ...(state.seal ? { replacesSealNumber: state.seal.number } : {}),
        occurredAt: context.at,
        ...evidenceDateOrder(context, state, data.dateOrderReason),
      },
    },
  ];
}
