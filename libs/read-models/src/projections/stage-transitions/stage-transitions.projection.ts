import { caseStage } from '@greenchain/domain';
import type { RecordedEvent } from '@greenchain/event-store';
import type { Projection, ProjectionContext } from '../../runner/projection';
import { caseEventTypeSet, caseIdOf, occurredAt } from '../../shared/case-events';
import { caseFolder } from '../../shared/case-folder';
import { insertRows } from '../../shared/row-writes';
import { stageTransitionsTable } from './stage-transitions.tables';

/** One row per event that moved a case to another stage, by the domain's own stage derivation. */
export const stageTransitionsProjection: Projection = {
  name: 'stage-transitions',
  version: 1,
  tables: [stageTransitionsTable],
  eventTypes: caseEventTypeSet,

  async apply(events: readonly RecordedEvent[], context: ProjectionContext): Promise<void> {
    const folded = await context.fold(caseFolder, events);
    const rows = folded.flatMap((current) =>
      current.steps.flatMap((step) => {
        const from = caseStage(step.before) ?? null;
        const to = caseStage(step.after);
        if (to === undefined || to === from) return [];
        return [
          {
            case_id: caseIdOf(current.streamId),
            global_position: step.recorded.globalPosition,
            country: step.after.seizure?.country ?? '',
            from_stage: from,
            to_stage: to,
            event_type: step.recorded.type,
            occurred_at: occurredAt(step.recorded),
            recorded_at: step.recorded.metadata.recordedAt,
          },
        ];
      }),
    );
    await insertRows(
      context.executor,
      context.table(stageTransitionsTable.name),
      rows,
      'ON CONFLICT (case_id, global_position) DO NOTHING',
    );
  },
};
