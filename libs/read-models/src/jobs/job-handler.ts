import type { SqlExecutor } from '@greenchain/event-store';

/** What travels in a job: ids only, never event data (it may hold personal values). */
export interface DispatchedJob {
  readonly handler: string;
  readonly eventId: string;
  readonly globalPosition: number;
  readonly streamId: string;
  readonly eventType: string;
}

/**
 * A side effect of events. `handle` runs in the transaction that marks the job done in the inbox,
 * so effects written to PostgreSQL happen once; effects elsewhere (webhooks) must be idempotent on
 * the job id, since a crash after them and before COMMIT repeats them.
 */
export interface JobHandler {
  readonly name: string;
  readonly eventTypes: ReadonlySet<string>;
  /**
   * True for a handler that tells someone (a notification, a webhook): it is dispatched only for
   * the facts the notification rule lets through (see notificationOf).
   */
  readonly notifies: boolean;
  handle(job: DispatchedJob, transaction: SqlExecutor): Promise<void>;
}

export function jobId(job: Pick<DispatchedJob, 'handler' | 'eventId'>): string {
  // BullMQ refuses ":" in custom ids (its key separator).
  return `${job.handler}.${job.eventId}`;
}
