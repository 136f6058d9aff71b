import { recordingDelayMs } from '@greenchain/domain';
import type { RecordedEventMetadata } from '@greenchain/event-store';

/** Which recorded facts page someone (a notification, a webhook): the worker's setting. */
export interface NotificationRule {
  /** A fact recorded more than this many days after it happened is history, not news. */
  readonly lateEntryDays: number;
}

/**
 * Why a fact is or is not notified: `notified`, or `bulk-entry` (appended by a bulk path such as the
 * demo world or an import), or `late-entry` (recorded too long after it happened, or with no
 * business time to tell).
 */
export type NotificationDecision = 'notified' | 'bulk-entry' | 'late-entry';

const dayMs = 86_400_000;

/**
 * Decides from the event's stored metadata alone (its bulk marker, business time and the store's
 * recording time), so a replay of the log decides the same. Historic facts still reach every read
 * model; they only page no one.
 */
export function notificationOf(
  metadata: Pick<RecordedEventMetadata, 'bulkEntry' | 'occurredAt' | 'recordedAt'>,
  rule: NotificationRule,
): NotificationDecision {
  if (metadata.bulkEntry !== undefined) return 'bulk-entry';
  const delay =
    metadata.occurredAt === undefined
      ? undefined
      : recordingDelayMs(metadata.occurredAt, metadata.recordedAt);
  if (delay === undefined || delay > rule.lateEntryDays * dayMs) return 'late-entry';
  return 'notified';
}
