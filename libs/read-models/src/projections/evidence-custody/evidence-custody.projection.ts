import type { RecordedEvent } from '@greenchain/event-store';
import type { Projection, ProjectionContext } from '../../runner/projection';
import { evidenceEventTypeSet, evidenceFolder } from '../../shared/case-folder';
import { updateAllBut, writeRows } from '../../shared/row-writes';
import { custodyEventRow, evidenceRow } from './evidence-custody.rows';
import { custodyEventsTable, evidenceTable } from './evidence-custody.tables';

/**
 * Custody of each exhibit, folded with the domain's evidence evolve. No free text (a handover's
 * condition, findings, reasons): it is personal data of the case, never in a read model. Version 2
 * dropped the condition column, so a rebuild also removes conditions projected before.
 */
export const evidenceCustodyProjection: Projection = {
  name: 'evidence-custody',
  version: 2,
  tables: [evidenceTable, custodyEventsTable],
  eventTypes: evidenceEventTypeSet,

  async apply(events: readonly RecordedEvent[], context: ProjectionContext): Promise<void> {
    const folded = await context.fold(evidenceFolder, events);
    const exhibits = folded.map((current) =>
      evidenceRow(current.streamId, current.state, current.version),
    );
    const links = folded.flatMap((current) =>
      current.steps.map((step) => custodyEventRow(current.streamId, step)),
    );
    const table = context.table(evidenceTable.name);
    await writeRows(context.executor, [
      {
        table,
        rows: exhibits,
        // A replay of older events never takes a row back to an older state.
        conflict: `${updateAllBut(exhibits, ['evidence_id'])}
          WHERE ${table}.stream_version <= excluded.stream_version`,
      },
      {
        table: context.table(custodyEventsTable.name),
        rows: links,
        conflict: 'ON CONFLICT (evidence_id, stream_position) DO NOTHING',
      },
    ]);
  },
};
