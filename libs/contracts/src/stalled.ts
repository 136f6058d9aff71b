/** Pending steps with a deadline (a case waiting past one is stalled). */
export const deadlineSteps = ['referral_decision', 'charge_decision', 'verdict'] as const;
export type DeadlineStep = (typeof deadlineSteps)[number];

/**
 * One pending step of one group at the as-of date. The referral and charge decisions are counted
 * in cases, the verdict in defendants (its clock runs per defendant, from that one's charges).
 */
export interface StalledRow {
  readonly id: string;
  readonly group: string;
  readonly step: DeadlineStep;
  readonly unit: 'case' | 'defendant';
  /** Waiting for the step on the as-of day. */
  readonly pending: number | null;
  /** Waiting past the deadline: the deadline day lies strictly before the as-of day. */
  readonly stalled: number | null;
  /** Days since the clock started, over the pending ones; null when none is pending. */
  readonly medianDaysInStep: number | null;
  readonly maxDaysInStep: number | null;
  /** Days since the deadline passed, over the stalled ones; null when none is stalled. */
  readonly medianDaysOverdue: number | null;
  readonly maxDaysOverdue: number | null;
  /** True when a figure of this row is hidden (small cells); hidden counts are null. */
  readonly suppressed?: boolean;
}
