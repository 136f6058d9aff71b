import { type Role } from '@greenchain/contracts';

/** The case list's fields a work queue reads (GET /api/cases, no personal field). */
export interface QueuedCase {
  readonly id: string;
  readonly reference: string | null;
  readonly country: string;
  readonly stage: string | null;
  readonly stalled: boolean;
  readonly referralDecisionSince: string | null;
  readonly chargeDecisionSince: string | null;
  readonly verdictSince: string | null;
  readonly lastStageChangeOn: string | null;
  readonly nextDeadlineOn: string | null;
}

/** The clock a queue's age is read from. */
export type Since =
  'referralDecisionSince' | 'chargeDecisionSince' | 'verdictSince' | 'lastStageChangeOn';

/** One list of cases waiting on a role: the case list's filter, oldest first. */
export interface WorkQueue {
  /** Its title under `dashboard.queues.*`. */
  readonly name: string;
  readonly filter: Readonly<Record<string, unknown>>;
  readonly since: Since;
  /** Oldest clock first, or the earliest deadline first (the most overdue). */
  readonly sortBy: Since | 'nextDeadlineOn';
}

const dueThisWeek = (steps: readonly string[], by: string): WorkQueue => ({
  name: 'dueThisWeek',
  filter: { awaiting: steps, stalled: false, deadlineBy: by },
  since: 'lastStageChangeOn',
  sortBy: 'nextDeadlineOn',
});

/**
 * What each office waits on: Customs the cases stalled after it referred them and its own referral
 * decisions, prosecutors their charge decisions, court liaisons the verdicts and the sentences still
 * to record, each with the deadlines due within the week; analysts every stalled case.
 */
export function roleQueues(role: Role | undefined, weekEnd: string): readonly WorkQueue[] {
  switch (role) {
    case 'customs':
      return [
        {
          name: 'stalledAfterReferral',
          filter: { stalled: true, awaiting: ['charge_decision', 'verdict'] },
          since: 'lastStageChangeOn',
          sortBy: 'nextDeadlineOn',
        },
        dueThisWeek(['referral_decision'], weekEnd),
      ];
    case 'prosecutor':
      return [
        {
          name: 'chargeDecisions',
          filter: { awaiting: 'charge_decision' },
          since: 'chargeDecisionSince',
          sortBy: 'chargeDecisionSince',
        },
        dueThisWeek(['charge_decision'], weekEnd),
      ];
    case 'judiciary':
      return [
        {
          name: 'verdicts',
          filter: { awaiting: 'verdict' },
          since: 'verdictSince',
          sortBy: 'verdictSince',
        },
        {
          name: 'sentences',
          filter: { awaitingSentence: true },
          since: 'lastStageChangeOn',
          sortBy: 'lastStageChangeOn',
        },
        dueThisWeek(['verdict'], weekEnd),
      ];
    case 'analyst':
      return [
        {
          name: 'stalled',
          filter: { stalled: true },
          since: 'lastStageChangeOn',
          sortBy: 'nextDeadlineOn',
        },
      ];
    case 'admin':
    case undefined:
      return [];
  }
}

/** Officers open the cases of their queues; analysts read the list and open nothing from it. */
export const opensCases = (role: Role | undefined) =>
  role === 'customs' || role === 'prosecutor' || role === 'judiciary';
