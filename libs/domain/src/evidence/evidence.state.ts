import { omit } from '../shared/same-data';
import type { Holder, RegisterEvidenceData } from './evidence.commands';
import type {
  CustodyTransferredData,
  EvidenceDestroyedData,
  EvidenceEvent,
  EvidenceExaminedData,
  EvidenceReleasedData,
  EvidenceSealedData,
} from './evidence.events';

export interface CustodyLink {
  readonly holderId: string;
  readonly since: string;
}

export interface EvidenceState {
  readonly status: 'absent' | 'held' | 'released' | 'destroyed';
  readonly registration?: RegisterEvidenceData;
  readonly registeredAt?: string;
  /** Set while held; the one custodian at a time. */
  readonly holder?: Holder;
  readonly seal?: { readonly number: string; readonly intact: boolean };
  /** Every holder in order, the first from registration; each transfer starts at the last one. */
  readonly custody: readonly CustodyLink[];
  readonly lastChangedAt?: string;
  readonly seals: readonly EvidenceSealedData[];
  readonly transfers: Readonly<Record<string, CustodyTransferredData>>;
  readonly examinations: Readonly<Record<string, EvidenceExaminedData>>;
  readonly release?: EvidenceReleasedData;
  readonly destruction?: EvidenceDestroyedData;
}

export const initialEvidenceState = (): EvidenceState => ({
  status: 'absent',
  custody: [],
  seals: [],
  transfers: {},
  examinations: {},
});

export function evolveEvidence(state: EvidenceState, event: EvidenceEvent): EvidenceState {
  switch (event.type) {
    case 'EvidenceRegistered': {
      const { occurredAt } = event.data;
      const registration = omit(event.data, 'occurredAt');
      return {
        ...state,
        status: 'held',
        registeredAt: occurredAt,
        registration,
        holder: event.data.holder,
        custody: [{ holderId: event.data.holder.holderId, since: occurredAt }],
        lastChangedAt: occurredAt,
      };
    }
    case 'EvidenceSealed':
      return {
        ...state,
        seal: { number: event.data.sealNumber, intact: true },
        seals: [...state.seals, event.data],
        lastChangedAt: event.data.occurredAt,
      };
    case 'CustodyTransferred':
      return {
        ...state,
        holder: event.data.to,
        custody: [
          ...state.custody,
          { holderId: event.data.to.holderId, since: event.data.occurredAt },
        ],
        transfers: { ...state.transfers, [event.data.transferId]: event.data },
        lastChangedAt: event.data.occurredAt,
      };
    case 'EvidenceExamined':
      return {
        ...state,
        seal: sealAfterExamination(state.seal, event.data),
        examinations: { ...state.examinations, [event.data.examinationId]: event.data },
        lastChangedAt: event.data.occurredAt,
      };
    case 'EvidenceReleased':
      return { ...state, status: 'released', holder: undefined, release: event.data };
    case 'EvidenceDestroyed':
      return { ...state, status: 'destroyed', holder: undefined, destruction: event.data };
  }
}

function sealAfterExamination(
  seal: EvidenceState['seal'],
  examination: EvidenceExaminedData,
): EvidenceState['seal'] {
  if (examination.newSealNumber !== undefined)
    return { number: examination.newSealNumber, intact: true };
  if (examination.sealBroken && seal) return { ...seal, intact: false };
  return seal;
}
