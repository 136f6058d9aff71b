import type { RecordedEvent } from '@greenchain/event-store';
import type { Projection, ProjectionContext } from '../../runner/projection';
import { caseEventTypeSet, caseIdOf } from '../../shared/case-events';
import { caseFolder } from '../../shared/case-folder';
import { insertRows, updateAllBut } from '../../shared/json-rows';
import { foldStreams } from '../../shared/stream-state-fold';
import { defendantRow } from './defendant.row';
import { defendantsStateTable, defendantsTable } from './defendants.tables';

/** Defendants and their outcomes; every party of a case touched by the batch is rewritten. */
export const defendantsProjection: Projection = {
  name: 'defendants',
  version: 1,
  tables: [defendantsTable, defendantsStateTable],
  eventTypes: caseEventTypeSet,

  async apply(events: readonly RecordedEvent[], context: ProjectionContext): Promise<void> {
    const folded = await foldStreams(context, defendantsStateTable.name, caseFolder, events);
    const rows = folded.flatMap((current) => {
      const position = current.steps.at(-1)?.recorded.globalPosition ?? 0;
      return Object.values(current.state.parties).map((party) =>
        defendantRow(caseIdOf(current.streamId), current.state, party, position),
      );
    });
    await insertRows(
      context.executor,
      context.table(defendantsTable.name),
      rows,
      updateAllBut(rows, ['case_id', 'party_id']),
    );
  },
};
