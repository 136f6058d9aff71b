import type { ProjectionTable } from '../../runner/projection';

/** The security audit trail, one row per entry, in the order entries were recorded. */
export const securityAuditTable: ProjectionTable = {
  name: 'security_audit',
  columns: `
    global_position bigint PRIMARY KEY,
    event_id        uuid NOT NULL,
    kind            text NOT NULL,
    outcome         text NOT NULL,
    actor_user_id   text,
    actor_role      text,
    user_id         text,
    target_id       text,
    client_address  text,
    user_agent      text,
    details         jsonb NOT NULL,
    recorded_at     timestamptz NOT NULL`,
  indexes: [
    'recorded_at',
    'kind, recorded_at',
    'actor_user_id, recorded_at',
    'user_id, recorded_at',
  ],
};
