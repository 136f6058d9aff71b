import type { CaseStage, ChainOutcome, DefendantStatus, StepStatus } from './case-stages';

/** Who recorded a fact: the user, their role, agency and country. */
export interface TimelineActor {
  readonly userId: string;
  readonly role: string;
  readonly agency: string;
  readonly country: string;
}

/** One fact of a case or an exhibit as the API shows it: what, who, business and recorded time. */
export interface TimelineEntry {
  /** Position in the stream (1-based). */
  readonly position: number;
  readonly globalPosition: number;
  readonly type: string;
  /** The event data; personal fields `{ redacted: true }` without the right, `{ erased: true }` once erased. */
  readonly data: unknown;
  readonly actor?: TimelineActor;
  /** Business time, as the user gave it. */
  readonly occurredAt?: string;
  /** When the system recorded it. */
  readonly recordedAt: string;
}

/** A record read from its stream: its version is the If-Match of the next command. */
export interface StreamRecord<State = unknown> {
  readonly id: string;
  readonly streamId: string;
  /** Stream version; also the ETag. */
  readonly version: number;
  readonly state: State;
  readonly timeline: readonly TimelineEntry[];
}

/** GET /api/cases/:id: a case folded from its stream, where the chain stands, and every fact. */
export interface CaseDetail<State = unknown> extends StreamRecord<State> {
  /** Only events of a business date on or before it were folded. */
  readonly asOf?: string;
  readonly personalData: 'included' | 'redacted';
  readonly stage: CaseStage;
  readonly outcome: ChainOutcome;
  readonly defendants: Readonly<
    Record<string, { readonly status: DefendantStatus; readonly stage: string }>
  >;
  readonly stepper: readonly { readonly stage: CaseStage; readonly status: StepStatus }[];
}

export const evidenceStatuses = ['held', 'released', 'destroyed'] as const;
export type EvidenceStatus = (typeof evidenceStatuses)[number];

/** GET /api/evidence/:id: an exhibit folded from its stream, with its custody chain. */
export interface EvidenceDetail<State = unknown> extends StreamRecord<State> {
  readonly status: EvidenceStatus;
  readonly caseId: string;
  /** Every custodian in order, from the business time they held it. */
  readonly custody: readonly { readonly holderId: string; readonly since: string }[];
}
