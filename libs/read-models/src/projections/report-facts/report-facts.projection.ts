import type { RecordedEvent } from '@greenchain/event-store';
import type { Projection, ProjectionContext } from '../../runner/projection';
import { caseEventTypeSet, caseIdOf } from '../../shared/case-events';
import { caseFolder } from '../../shared/case-folder';
import { insertRows, updateAllBut } from '../../shared/row-writes';
import { lastFactOn, reportCaseOf } from './report-case.row';
import { reportFactsTable } from './report-facts.tables';

/**
 * What the treaty and enforcement reports read: one ReportCase per case, rewritten from the folded
 * state, which is built from redacted events, so no personal field can reach it.
 */
export const reportFactsProjection: Projection = {
  name: 'report-facts',
  // 2: the movement date, the persons' sex and age band, and gap explanations (ReportGapExplained).
  version: 2,
  tables: [reportFactsTable],
  eventTypes: caseEventTypeSet,

  async apply(events: readonly RecordedEvent[], context: ProjectionContext): Promise<void> {
    const folded = await context.fold(caseFolder, events);
    const rows = folded.flatMap((current) => {
      const last = current.steps.at(-1);
      if (!last || !current.state.seizure) return [];
      const facts = reportCaseOf(caseIdOf(current.streamId), current.state);
      return [
        {
          case_id: facts.caseId,
          country: facts.country,
          seized_on: facts.seizedOn,
          last_fact_on: lastFactOn(facts),
          facts,
          stream_version: current.version,
          last_position: last.recorded.globalPosition,
        },
      ];
    });
    const table = context.table(reportFactsTable.name);
    await insertRows(
      context.executor,
      table,
      rows,
      // A replay of older events never takes the row back to an older state.
      `${updateAllBut(rows, ['case_id'])} WHERE ${table}.stream_version <= excluded.stream_version`,
    );
  },
};
