import {
  evidenceEventTypes,
  evolveCase,
  evolveEvidence,
  initialCaseState,
  initialEvidenceState,
  type CaseEvent,
  type CaseState,
  type EvidenceEvent,
  type EvidenceState,
} from '@greenchain/domain';
import type { StreamFolder } from './stream-state-fold';

export const caseFolder: StreamFolder<CaseState, CaseEvent> = {
  initial: initialCaseState,
  evolve: evolveCase,
  toEvent: (recorded) => ({ type: recorded.type, data: recorded.data }) as CaseEvent,
};

export const evidenceEventTypeSet: ReadonlySet<string> = new Set(evidenceEventTypes);

export const evidenceFolder: StreamFolder<EvidenceState, EvidenceEvent> = {
  initial: initialEvidenceState,
  evolve: evolveEvidence,
  toEvent: (recorded) => ({ type: recorded.type, data: recorded.data }) as EvidenceEvent,
};
