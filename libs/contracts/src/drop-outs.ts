import type { DefendantStatus } from './case-stages';
import type { CaseAndDefendantCounts } from './chain-funnel';

/** Why a defendant left the chain without a conviction in force: its status once it has. */
export const dropOutReasons = [
  'declined',
  'withdrawn',
  'acquitted',
  'dismissed_on_merits',
  'dismissed_procedural',
  'overturned_on_appeal',
] as const satisfies readonly DefendantStatus[];
export type DropOutReason = (typeof dropOutReasons)[number];

/** The defendants and dropped-out cases of one reason (for declines, of one reason code). */
export interface DropOutReasonCounts extends CaseAndDefendantCounts {
  readonly reason: DropOutReason;
  /** The prosecutor's reason code (declineReasons list) of a decline; null for other reasons. */
  readonly reasonCode: string | null;
}

/** Where a group's defendants and cases left the chain, at the as-of date. */
export interface DropOutRow {
  readonly id: string;
  readonly group: string;
  /** Every case and defendant of the group. */
  readonly total: CaseAndDefendantCounts;
  /** Dropped-out defendants, and cases whose every defendant dropped out (each counted once). */
  readonly droppedOut: CaseAndDefendantCounts;
  /** Per reason: a case counts under each reason of its defendants once it has dropped out. */
  readonly reasons: readonly DropOutReasonCounts[];
  /** Settled administratively: a legitimate end, never a drop-out. */
  readonly settled: CaseAndDefendantCounts;
  readonly suppressed?: boolean;
}
