import {
  evidenceCommandRoles as evidenceCommandRoleTable,
  type EvidenceCommandName,
} from '@greenchain/contracts';
import type { DomainCommand } from '../shared/command-metadata';
import type { Quantity } from '../values';

export const evidenceKinds = ['physical', 'sample', 'document', 'digital', 'photograph'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

/** Who holds an exhibit: a user or a unit (store, laboratory, court registry) of an agency. */
export interface Holder {
  readonly holderId: string;
  readonly agency: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
}

interface DateOrdered {
  /** Why this fact is dated before an earlier one (a late entry); recorded on the event. */
  readonly dateOrderReason?: string;
}

export interface RegisterEvidenceData {
  readonly evidenceId: string;
  readonly caseId: string;
  readonly itemId?: string;
  readonly kind: EvidenceKind;
  readonly description: string;
  readonly quantity?: Quantity;
  readonly holder: Holder;
  readonly place: string;
}

export interface SealEvidenceData extends DateOrdered {
  readonly sealNumber: string;
  readonly holderId: string;
}

export interface TransferCustodyData extends DateOrdered {
  readonly transferId: string;
  readonly fromHolderId: string;
  readonly to: Holder;
  readonly place: string;
  readonly condition: string;
  /** The seal number both parties saw at the handover; required while the exhibit is sealed. */
  readonly sealNumber?: string;
}

export interface RecordEvidenceExaminationData extends DateOrdered {
  readonly examinationId: string;
  readonly examinerHolderId: string;
  readonly method: string;
  readonly findings: string;
  readonly sealBroken: boolean;
  readonly newSealNumber?: string;
}

export interface ReleaseEvidenceData extends DateOrdered {
  readonly holderId: string;
  readonly releasedTo: string;
  readonly reason: string;
}

export interface DestroyEvidenceData extends DateOrdered {
  readonly holderId: string;
  readonly method: string;
  readonly reason: string;
  /** The order or decision that allowed it (court order number, prosecutor's decision). */
  readonly authority: string;
  readonly witness?: string;
}

export type RegisterEvidence = DomainCommand<'RegisterEvidence', RegisterEvidenceData>;
export type SealEvidence = DomainCommand<'SealEvidence', SealEvidenceData>;
export type TransferCustody = DomainCommand<'TransferCustody', TransferCustodyData>;
export type RecordEvidenceExamination = DomainCommand<
  'RecordEvidenceExamination',
  RecordEvidenceExaminationData
>;
export type ReleaseEvidence = DomainCommand<'ReleaseEvidence', ReleaseEvidenceData>;
export type DestroyEvidence = DomainCommand<'DestroyEvidence', DestroyEvidenceData>;

export type EvidenceCommand =
  | RegisterEvidence
  | SealEvidence
  | TransferCustody
  | RecordEvidenceExamination
  | ReleaseEvidence
  | DestroyEvidence;

export type EvidenceCommandType = EvidenceCommand['type'];
export type EvidenceCommandOf<T extends EvidenceCommandType> = Extract<
  EvidenceCommand,
  { type: T }
>;

/** Who may issue each command, from contracts (see caseCommandRoles). */
export const evidenceCommandRoles: {
  readonly [T in EvidenceCommandType]: (typeof evidenceCommandRoleTable)[T];
} & Record<Exclude<EvidenceCommandName, EvidenceCommandType>, never> = evidenceCommandRoleTable;
