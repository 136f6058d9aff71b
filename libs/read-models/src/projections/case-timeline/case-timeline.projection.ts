import type { RecordedEvent } from '@greenchain/event-store';
import type { Projection, ProjectionContext } from '../../runner/projection';
import { actorOf, caseEventTypeSet, caseIdOf, occurredAt } from '../../shared/case-events';
import { evidenceEventTypeSet, evidenceFolder } from '../../shared/case-folder';
import { insertRows } from '../../shared/row-writes';
import { caseTimelineTable } from './case-timeline.tables';

const text = (value: unknown) => (typeof value === 'string' ? value : null);

/**
 * The case of each evidence stream of the batch: only a stream's first event names it, so it comes
 * from the stream's folded state (the fold evidence-custody makes too, shared by the runners).
 */
async function evidenceCases(
  events: readonly RecordedEvent[],
  context: ProjectionContext,
): Promise<Map<string, string>> {
  const evidence = events.filter((event) => evidenceEventTypeSet.has(event.type));
  const folded = await context.fold(evidenceFolder, evidence);
  return new Map(
    folded.flatMap(({ streamId, state }) =>
      state.registration ? [[streamId, state.registration.caseId] as const] : [],
    ),
  );
}

/** The case page's history: one row per event, inserted once (keyed by global position). */
export const caseTimelineProjection: Projection = {
  name: 'case-timeline',
  version: 1,
  tables: [caseTimelineTable],
  eventTypes: new Set([...caseEventTypeSet, ...evidenceEventTypeSet]),

  async apply(events: readonly RecordedEvent[], context: ProjectionContext): Promise<void> {
    const evidence = await evidenceCases(events, context);
    const rows = events.flatMap((event) => {
      const caseId = caseEventTypeSet.has(event.type)
        ? caseIdOf(event.streamId)
        : evidence.get(event.streamId);
      if (caseId === undefined) return [];
      const actor = actorOf(event);
      const data = event.data as { partyId?: unknown; itemId?: unknown };
      return [
        {
          global_position: event.globalPosition,
          case_id: caseId,
          stream_id: event.streamId,
          stream_position: event.streamPosition,
          event_id: event.eventId,
          event_type: event.type,
          actor_user_id: actor.userId,
          actor_role: actor.role,
          actor_agency: actor.agency,
          actor_country: actor.country,
          party_id: text(data.partyId),
          item_id: text(data.itemId),
          occurred_at: occurredAt(event),
          recorded_at: event.metadata.recordedAt,
        },
      ];
    });
    await insertRows(
      context.executor,
      context.table(caseTimelineTable.name),
      rows,
      'ON CONFLICT (global_position) DO NOTHING',
    );
  },
};
