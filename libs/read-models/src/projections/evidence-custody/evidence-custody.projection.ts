import type { RecordedEvent } from '@greenchain/event-store';
import type { Projection, ProjectionContext } from '../../runner/projection';
import { evidenceEventTypeSet, evidenceFolder } from '../../shared/case-folder';
import { insertRows, updateAllBut } from '../../shared/json-rows';
import { foldStreams } from '../../shared/stream-state-fold';
import { custodyEventRow, evidenceRow } from './evidence-custody.rows';
import { custodyEventsTable, evidenceStateTable, evidenceTable } from './evidence-custody.tables';

/** Custody of each exhibit, folded with the domain's evidence evolve. */
export const evidenceCustodyProjection: Projection = {
  name: 'evidence-custody',
  version: 1,
  tables: [evidenceTable, custodyEventsTable, evidenceStateTable],
  eventTypes: evidenceEventTypeSet,

  async apply(events: readonly RecordedEvent[], context: ProjectionContext): Promise<void> {
    const folded = await foldStreams(context, evidenceStateTable.name, evidenceFolder, events);
    const exhibits = folded.map((current) =>
      evidenceRow(current.streamId, current.state, current.version),
    );
    const links = folded.flatMap((current) =>
      current.steps.map((step) => custodyEventRow(current.streamId, step)),
    );
    await insertRows(
      context.executor,
      context.table(evidenceTable.name),
      exhibits,
      updateAllBut(exhibits, ['evidence_id']),
    );
    await insertRows(
      context.executor,
      context.table(custodyEventsTable.name),
      links,
      'ON CONFLICT (evidence_id, stream_position) DO NOTHING',
    );
  },
};
