import { textLimits } from '@greenchain/contracts';
import { isRepeat } from '../../shared/repeat';
import { compact } from '../../shared/same-data';
import { booleanValue, entityId, optionalText, requiredText } from '../../values';
import type { RecordEvidenceExamination } from '../evidence.commands';
import { evidenceError } from '../evidence.errors';
import type { EvidenceEvent } from '../evidence.events';
import type { EvidenceState } from '../evidence.state';
import { evidenceDateOrder, requireCurrentHolder, type EvidenceContext } from './evidence-rules';

export function recordEvidenceExamination(
  { data }: RecordEvidenceExamination,
  state: EvidenceState,
  context: EvidenceContext,
): EvidenceEvent[] {
  const examinationId = entityId(data.examinationId, 'data.examinationId');
  const request = compact({
    examinationId,
    examinerHolderId: entityId(data.examinerHolderId, 'data.examinerHolderId'),
    method: requiredText(data.method, 'data.method', textLimits.name),
    findings: requiredText(data.findings, 'data.findings', textLimits.report),
    sealBroken: booleanValue(data.sealBroken, 'data.sealBroken'),
    newSealNumber: optionalText(data.newSealNumber, 'data.newSealNumber', textLimits.identifier),
  });
  const earlier = state.examinations[examinationId];
  const earlierRequest =
    earlier &&
    compact({
      examinationId: earlier.examinationId,
      examinerHolderId: earlier.examinerHolderId,
      method: earlier.method,
      findings: earlier.findings,
      sealBroken: earlier.sealBroken,
      newSealNumber: earlier.newSealNumber,
    });
  if (isRepeat('evidence/conflicting-repeat', earlierRequest, request, 'data.examinationId')) {
    return [];
  }
  requireCurrentHolder(state, request.examinerHolderId, 'data.examinerHolderId');
  if (request.sealBroken && !state.seal?.intact) {
    return evidenceError(
      'evidence/not-sealed',
      'there is no intact seal to break',
      'data.sealBroken',
    );
  }
  return [
    {
      type: 'EvidenceExamined',
      data: compact({
        ...request,
        brokenSealNumber: request.sealBroken ? state.seal?.number : undefined,
        occurredAt: context.at,
        ...evidenceDateOrder(context, state, data.dateOrderReason),
      }),
    },
  ];
}
