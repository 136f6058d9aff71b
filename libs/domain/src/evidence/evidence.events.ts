import type { DomainEvent } from '../decider';
import type {
  DestroyEvidenceData,
  Holder,
  RecordEvidenceExaminationData,
  RegisterEvidenceData,
  ReleaseEvidenceData,
  SealEvidenceData,
} from './evidence.commands';

interface Dated {
  /** Business time from the command's metadata. */
  readonly occurredAt: string;
  readonly dateOrderReason?: string;
}

export type EvidenceRegisteredData = RegisterEvidenceData & Dated;
export interface EvidenceSealedData extends SealEvidenceData, Dated {
  /** The broken seal this one replaces, if any. */
  readonly replacesSealNumber?: string;
}
export interface CustodyTransferredData extends Dated {
  readonly transferId: string;
  readonly from: Holder;
  readonly to: Holder;
  readonly place: string;
  readonly condition: string;
  readonly sealNumber?: string;
}
export interface EvidenceExaminedData extends RecordEvidenceExaminationData, Dated {
  readonly brokenSealNumber?: string;
}
export type EvidenceReleasedData = ReleaseEvidenceData & Dated;
export type EvidenceDestroyedData = DestroyEvidenceData & Dated;

export type EvidenceRegistered = DomainEvent<'EvidenceRegistered', EvidenceRegisteredData>;
export type EvidenceSealed = DomainEvent<'EvidenceSealed', EvidenceSealedData>;
export type CustodyTransferred = DomainEvent<'CustodyTransferred', CustodyTransferredData>;
export type EvidenceExamined = DomainEvent<'EvidenceExamined', EvidenceExaminedData>;
export type EvidenceReleased = DomainEvent<'EvidenceReleased', EvidenceReleasedData>;
export type EvidenceDestroyed = DomainEvent<'EvidenceDestroyed', EvidenceDestroyedData>;

export type EvidenceEvent =
  | EvidenceRegistered
  | EvidenceSealed
  | CustodyTransferred
  | EvidenceExamined
  | EvidenceReleased
  | EvidenceDestroyed;

export type EvidenceEventType = EvidenceEvent['type'];

/** Stored schema version per event type; a change of shape gets a new version and an upcaster. */
export const evidenceEventSchemaVersions = {
  EvidenceRegistered: 1,
  EvidenceSealed: 1,
  CustodyTransferred: 1,
  EvidenceExamined: 1,
  EvidenceReleased: 1,
  EvidenceDestroyed: 1,
} as const satisfies Record<EvidenceEventType, number>;

export const evidenceEventTypes = Object.keys(evidenceEventSchemaVersions) as EvidenceEventType[];
