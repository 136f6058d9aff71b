import type { EvidenceCommand } from '../evidence/evidence.commands';
import { evidenceDecider } from '../evidence/evidence.decider';
import type { EvidenceEvent } from '../evidence/evidence.events';
import type { EvidenceState } from '../evidence/evidence.state';
import { streamIdOf, type StreamType } from './stream-type';

/**
 * An exhibit: one stream per exhibit, `evidence-<evidenceId>`. Its free text is the narrative of
 * the case it belongs to, so erasing a person of that case erases it too.
 */
export const evidenceStream: StreamType<EvidenceCommand, EvidenceEvent, EvidenceState> = {
  type: 'evidence',
  decider: evidenceDecider,
  streamId: (evidenceId) => streamIdOf('evidence', evidenceId),
  uniqueKeys: () => [],
  narrativeCaseId: (evidenceId, state) => {
    const caseId = state.registration?.caseId;
    // Every evidence event follows the registration that names the case.
    if (caseId === undefined) throw new Error(`evidence ${evidenceId} has no case`);
    return caseId;
  },
};
