import type { ProjectionTable } from '../../runner/projection';

/** Each exhibit: its case, who holds it now, its seal and how often it changed hands. */
export const evidenceTable: ProjectionTable = {
  name: 'evidence_custody',
  columns: `
    evidence_id      text PRIMARY KEY,
    case_id          text NOT NULL,
    item_id          text,
    kind             text NOT NULL,
    status           text NOT NULL,
    holder_id        text,
    holder_agency    text,
    holder_country   text,
    seal_number      text,
    seal_intact      boolean,
    transfer_count   integer NOT NULL,
    examination_count integer NOT NULL,
    registered_at    text,
    last_changed_at  text,
    stream_version   bigint NOT NULL`,
  indexes: ['case_id', 'holder_id'],
};

/** The custody chain link by link: registration, transfers, seals, examinations, release. */
export const custodyEventsTable: ProjectionTable = {
  name: 'evidence_custody_events',
  columns: `
    evidence_id     text NOT NULL,
    stream_position bigint NOT NULL,
    global_position bigint NOT NULL,
    event_type      text NOT NULL,
    from_holder_id  text,
    to_holder_id    text,
    to_agency       text,
    place           text,
    seal_number     text,
    actor_user_id   text,
    occurred_at     text NOT NULL,
    recorded_at     timestamptz NOT NULL,
    PRIMARY KEY (evidence_id, stream_position)`,
};
