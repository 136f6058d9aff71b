import type { RecordedEvent } from '@greenchain/event-store';
import type { Projection, ProjectionContext } from '../../runner/projection';
import { actorOf, caseEventTypeSet, caseIdOf, occurredAt } from '../../shared/case-events';
import { evidenceEventTypeSet } from '../../shared/case-folder';
import { insertRows } from '../../shared/json-rows';
import { caseTimelineTable, timelineEvidenceCasesTable } from './case-timeline.tables';

const text = (value: unknown) => (typeof value === 'string' ? value : null);

/** Evidence streams of the batch and their cases: registrations in it, the rest from the table. */
async function evidenceCases(
  events: readonly RecordedEvent[],
  context: ProjectionContext,
): Promise<Map<string, string>> {
  const table = context.table(timelineEvidenceCasesTable.name);
  const registered = events.flatMap((event) => {
    const caseId = text((event.data as { caseId?: unknown }).caseId);
    return event.type === 'EvidenceRegistered' && caseId
      ? [{ stream_id: event.streamId, case_id: caseId }]
      : [];
  });
  await insertRows(context.executor, table, registered, 'ON CONFLICT (stream_id) DO NOTHING');
  const streamIds = [
    ...new Set(
      events.filter((event) => evidenceEventTypeSet.has(event.type)).map((e) => e.streamId),
    ),
  ];
  const rows = (await context.executor.query(
    `SELECT stream_id, case_id FROM ${table} WHERE stream_id = ANY($1::text[])`,
    [streamIds],
  )) as { stream_id: string; case_id: string }[];
  return new Map(rows.map((row) => [row.stream_id, row.case_id]));
}

/** The case page's history: one row per event, inserted once (keyed by global position). */
export const caseTimelineProjection: Projection = {
  name: 'case-timeline',
  version: 1,
  tables: [caseTimelineTable, timelineEvidenceCasesTable],
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
