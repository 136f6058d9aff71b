import type { RecordedEvent } from '@greenchain/event-store';
import type { Projection, ProjectionContext } from '../runner/projection';
import type { JobHandler } from './job-handler';
import { notificationOf, type NotificationRule } from './notified-facts';

/**
 * The dispatcher's subscription: records one pending dispatch per (handler, event) in the batch's
 * transaction, with the checkpoint. Enqueueing happens afterwards, outside any transaction (see
 * JobQueuePump), so a rolled-back batch never leaves a job behind and a crash never loses one.
 * A fact the notification rule holds back gets no dispatch for a handler that notifies: nothing is
 * written, queued or run for it.
 */
export function dispatchProjection(
  handlers: readonly JobHandler[],
  rule: NotificationRule,
): Projection {
  const wants = (handler: JobHandler, event: RecordedEvent) =>
    handler.eventTypes.has(event.type) &&
    (!handler.notifies || notificationOf(event.metadata, rule) === 'notified');
  return {
    name: 'job-dispatcher',
    version: 1,
    tables: [],
    eventTypes: new Set(handlers.flatMap((handler) => [...handler.eventTypes])),

    async apply(events: readonly RecordedEvent[], context: ProjectionContext): Promise<void> {
      const rows = events.flatMap((event) =>
        handlers
          .filter((handler) => wants(handler, event))
          .map((handler) => ({
            handler: handler.name,
            event_id: event.eventId,
            global_position: event.globalPosition,
            stream_id: event.streamId,
            event_type: event.type,
          })),
      );
      if (rows.length === 0) return;
      await context.executor.query(
        `INSERT INTO job_dispatches (handler, event_id, global_position, stream_id, event_type)
         SELECT handler, event_id, global_position, stream_id, event_type
           FROM jsonb_to_recordset($1::jsonb)
             AS r(handler text, event_id uuid, global_position bigint, stream_id text, event_type text)
         ON CONFLICT (handler, event_id) DO NOTHING`,
        [JSON.stringify(rows)],
      );
    },
  };
}
