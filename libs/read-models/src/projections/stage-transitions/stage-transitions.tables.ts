import type { ProjectionTable } from '../../runner/projection';

/** Every change of a case's stage, with business and system time: time in stage is computed here. */
export const stageTransitionsTable: ProjectionTable = {
  name: 'stage_transitions',
  columns: `
    case_id         text NOT NULL,
    global_position bigint NOT NULL,
    country         text NOT NULL,
    from_stage      text,
    to_stage        text NOT NULL,
    event_type      text NOT NULL,
    occurred_at     text NOT NULL,
    recorded_at     timestamptz NOT NULL,
    PRIMARY KEY (case_id, global_position)`,
  indexes: ['to_stage, occurred_at', 'country'],
};
