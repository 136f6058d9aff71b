import { textLimits } from '@greenchain/contracts';
import { compact, sameData } from '../../shared/same-data';
import { entityId, oneOf, optional, quantity, requiredText } from '../../values';
import {
  evidenceKinds,
  type RegisterEvidence,
  type RegisterEvidenceData,
} from '../evidence.commands';
import { evidenceError } from '../evidence.errors';
import type { EvidenceEvent } from '../evidence.events';
import type { EvidenceState } from '../evidence.state';
import { holder, type EvidenceContext } from './evidence-rules';

export function registerEvidence(
  { data }: RegisterEvidence,
  state: EvidenceState,
  context: EvidenceContext,
): EvidenceEvent[] {
  const registration: RegisterEvidenceData = compact({
    evidenceId: entityId(data.evidenceId, 'data.evidenceId'),
    caseId: entityId(data.caseId, 'data.caseId'),
    itemId: optional(data.itemId, 'data.itemId', entityId),
    kind: oneOf(evidenceKinds, data.kind, 'data.kind'),
    description: requiredText(data.description, 'data.description'),
    quantity: optional(data.quantity, 'data.quantity', quantity),
    holder: holder(data.holder, 'data.holder'),
    place: requiredText(data.place, 'data.place', textLimits.name),
  });
  if (state.registration) {
    if (sameData(state.registration, registration)) return [];
    return evidenceError(
      'evidence/already-registered',
      'this exhibit is registered with other data',
      'data.evidenceId',
    );
  }
  return [{ type: 'EvidenceRegistered', data: { ...registration, occurredAt: context.at } }];
}
