import type { ProjectionTable } from '../../runner/projection';

/** Every event of a case and of its evidence, in commit order, with who did it and when. */
export const caseTimelineTable: ProjectionTable = {
  name: 'case_timeline',
  columns: `
    global_position bigint PRIMARY KEY,
    case_id         text NOT NULL,
    stream_id       text NOT NULL,
    stream_position bigint NOT NULL,
    event_id        uuid NOT NULL,
    event_type      text NOT NULL,
    actor_user_id   text,
    actor_role      text,
    actor_agency    text,
    actor_country   text,
    party_id        text,
    item_id         text,
    occurred_at     text NOT NULL,
    recorded_at     timestamptz NOT NULL`,
  indexes: ['case_id, global_position'],
};
