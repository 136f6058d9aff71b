import type { RecordedEvent } from '@greenchain/event-store';
import type { Projection, ProjectionContext } from '../../runner/projection';
import { caseEventTypeSet, caseIdOf } from '../../shared/case-events';
import { caseFolder } from '../../shared/case-folder';
import { insertRows, updateAllBut } from '../../shared/row-writes';
import { defendantRow } from './defendant.row';
import { defendantsTable } from './defendants.tables';

/** Defendants and their outcomes; every party of a case touched by the batch is rewritten. */
export const defendantsProjection: Projection = {
  name: 'defendants',
  // 2: charged_on is the earliest charges' date, not the first recorded.
  version: 2,
  tables: [defendantsTable],
  eventTypes: caseEventTypeSet,

  async apply(events: readonly RecordedEvent[], context: ProjectionContext): Promise<void> {
    const folded = await context.fold(caseFolder, events);
    const rows = folded.flatMap((current) => {
      const position = current.steps.at(-1)?.recorded.globalPosition ?? 0;
      return Object.values(current.state.parties).map((party) =>
        defendantRow(caseIdOf(current.streamId), current.state, party, position),
      );
    });
    const table = context.table(defendantsTable.name);
    // A replay of older events never takes a row back to an older state.
    await insertRows(
      context.executor,
      table,
      rows,
      `${updateAllBut(rows, ['case_id', 'party_id'])}
       WHERE ${table}.last_position <= excluded.last_position`,
    );
  },
};
