import { textLimits } from '@greenchain/contracts';
import { isRepeat } from '../../shared/repeat';
import { compact } from '../../shared/same-data';
import { entityId, optionalText, requiredText } from '../../values';
import type { TransferCustody } from '../evidence.commands';
import { evidenceError } from '../evidence.errors';
import type { EvidenceEvent } from '../evidence.events';
import type { EvidenceState } from '../evidence.state';
import {
  evidenceDateOrder,
  holder,
  requireCurrentHolder,
  type EvidenceContext,
} from './evidence-rules';

export function transferCustody(
  { data }: TransferCustody,
  state: EvidenceState,
  context: EvidenceContext,
): EvidenceEvent[] {
  const transferId = entityId(data.transferId, 'data.transferId');
  const request = compact({
    fromHolderId: entityId(data.fromHolderId, 'data.fromHolderId'),
    to: holder(data.to, 'data.to'),
    place: requiredText(data.place, 'data.place', textLimits.name),
    condition: requiredText(data.condition, 'data.condition'),
    sealNumber: optionalText(data.sealNumber, 'data.sealNumber', textLimits.identifier),
  });
  const earlier = state.transfers[transferId];
  const earlierRequest =
    earlier &&
    compact({
      fromHolderId: earlier.from.holderId,
      to: earlier.to,
      place: earlier.place,
      condition: earlier.condition,
      sealNumber: earlier.sealNumber,
    });
  if (isRepeat('evidence/conflicting-repeat', earlierRequest, request, 'data.transferId'))
    return [];
  const from = requireCurrentHolder(state, request.fromHolderId, 'data.fromHolderId');
  if (request.to.holderId === from.holderId) {
    return evidenceError(
      'evidence/same-holder',
      'the exhibit is already with this holder',
      'data.to.holderId',
    );
  }
  if (state.seal?.intact) {
    const seen = requiredText(request.sealNumber, 'data.sealNumber', textLimits.identifier);
    if (seen !== state.seal.number) {
      return evidenceError(
        'evidence/seal-mismatch',
        `the exhibit is under seal ${state.seal.number}, not ${seen}`,
        'data.sealNumber',
      );
    }
  }
  return [
    {
      type: 'CustodyTransferred',
      data: compact({
        transferId,
        from,
        to: request.to,
        place: request.place,
        condition: request.condition,
        sealNumber: request.sealNumber,
        occurredAt: context.at,
        ...evidenceDateOrder(context, state, data.dateOrderReason),
      }),
    },
  ];
}
