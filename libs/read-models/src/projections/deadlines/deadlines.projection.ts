import type { RecordedEvent } from '@greenchain/event-store';
import type { Projection, ProjectionContext } from '../../runner/projection';
import { caseEventTypeSet, caseIdOf } from '../../shared/case-events';
import { caseFolder } from '../../shared/case-folder';
import { replaceCaseRows } from '../../shared/row-writes';
import { deadlinesTable } from './deadlines.tables';
import { pendingDeadlines } from './pending-deadlines';

/** Replaces the running clocks of every case the batch touched. */
export const deadlinesProjection: Projection = {
  name: 'stage-deadlines',
  // 2: the verdict clock starts at the earliest charges' date, not the first recorded.
  version: 2,
  tables: [deadlinesTable],
  eventTypes: caseEventTypeSet,

  async apply(events: readonly RecordedEvent[], context: ProjectionContext): Promise<void> {
    const folded = await context.fold(caseFolder, events);
    const table = context.table(deadlinesTable.name);
    const caseIds = folded.map((current) => caseIdOf(current.streamId));
    const rows = folded.flatMap((current) =>
      pendingDeadlines(current.state).map((deadline) => ({
        case_id: caseIdOf(current.streamId),
        step: deadline.step,
        party_id: deadline.partyId ?? '',
        country: current.state.seizure?.country ?? '',
        started_on: deadline.startedOn,
        missed_deadline: deadline.missedDeadline ?? null,
      })),
    );
    await replaceCaseRows(context.executor, table, caseIds, rows, ['case_id', 'step', 'party_id']);
  },
};
