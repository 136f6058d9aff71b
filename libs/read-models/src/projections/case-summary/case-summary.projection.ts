import { caseStage } from '@greenchain/domain';
import type { RecordedEvent } from '@greenchain/event-store';
import type { Projection, ProjectionContext } from '../../runner/projection';
import { caseEventTypeSet, caseIdOf, dateOf, occurredAt } from '../../shared/case-events';
import { caseFolder } from '../../shared/case-folder';
import { insertRows, updateAllBut } from '../../shared/row-writes';
import { caseSummaryRow } from './case-summary.row';
import { caseSummaryTable } from './case-summary.tables';

/**
 * The case list and its filters: one row per case, rewritten from the folded state. Version 2 adds
 * the case's shares, so the list shows shared cases to the countries they are shared with; version 3
 * keeps each share's agency, since a share opens the case to the agency it names only; version 4
 * adds the breakdowns of the analytics (the region, the transit countries, the species and
 * substances and the commodity groups of the items) and dates a defendant's charges
 * (first_charged_on, verdict_since) by the earliest charges, not the first recorded.
 */
export const caseSummaryProjection: Projection = {
  name: 'case-summary',
  version: 4,
  tables: [caseSummaryTable],
  eventTypes: caseEventTypeSet,

  async apply(events: readonly RecordedEvent[], context: ProjectionContext): Promise<void> {
    const folded = await context.fold(caseFolder, events);
    const rows = folded.flatMap((current) => {
      const last = current.steps.at(-1);
      if (!last) return [];
      const stageChanges = current.steps.filter(
        (step) => caseStage(step.before) !== caseStage(step.after),
      );
      const lastChange = stageChanges.at(-1);
      return [
        caseSummaryRow(
          caseIdOf(current.streamId),
          current.state,
          current.version,
          last.recorded.globalPosition,
          last.recorded.metadata.recordedAt,
          lastChange ? dateOf(occurredAt(lastChange.recorded)) : null,
        ),
      ];
    });
    const table = context.table(caseSummaryTable.name);
    // A batch without a stage change sends null: keep the stored date.
    const keepStageChange = `last_stage_change_on = coalesce(excluded.last_stage_change_on, ${table}.last_stage_change_on)`;
    await insertRows(
      context.executor,
      table,
      rows,
      // A replay of older events never takes the row back to an older state.
      `${updateAllBut(rows, ['case_id'], ['last_stage_change_on'], [keepStageChange])}
       WHERE ${table}.stream_version <= excluded.stream_version`,
    );
  },
};
