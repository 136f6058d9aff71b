import { type SqlExecutor } from '@greenchain/event-store';
import { outcomeEventTypes, projectionLags } from '@greenchain/read-models';
import { expectEventually } from '@greenchain/testing';
import { type Acknowledged, eventsOfOneFlow } from './load-generator';

/** What the event log and the job tables say about the commands a load generator sent. */
export interface CommandAudit {
  readonly acknowledged: number;
  /** Acknowledged commands whose last event is not in the log at the position the answer named. */
  readonly missing: number;
  /** Events a case holds more than once although its flow sends each step once. */
  readonly appliedTwice: number;
}

export interface SideEffectAudit {
  /** Outcome events (each one notification of the seizing office). */
  readonly outcomes: number;
  readonly notifications: number;
  readonly notificationsMissing: number;
  readonly notificationsTwice: number;
}

const count = async (executor: SqlExecutor, sql: string, parameters: unknown[] = []) => {
  const [row] = (await executor.query(sql, parameters)) as { n: number | string | null }[];
  return Number(row?.n ?? 0);
};

/** Looks every acknowledgement up in the event log, and counts steps applied twice. */
export async function auditCommands(
  executor: SqlExecutor,
  acknowledged: readonly Acknowledged[],
): Promise<CommandAudit> {
  const missing = await count(
    executor,
    `SELECT count(*)::int AS n
       FROM unnest($1::text[], $2::bigint[], $3::bigint[]) AS a(stream_id, version, position)
      WHERE NOT EXISTS (SELECT 1 FROM events e
                         WHERE e.stream_id = a.stream_id AND e.stream_position = a.version
                           AND e.global_position = a.position)`,
    [
      acknowledged.map((ack) => ack.streamId),
      acknowledged.map((ack) => ack.streamVersion),
      acknowledged.map((ack) => ack.globalPosition),
    ],
  );
  const appliedTwice = await count(
    executor,
    `SELECT coalesce(sum(n - 1), 0)::int AS n FROM (
       SELECT count(*) AS n FROM events
        WHERE stream_type = 'case' AND event_type = ANY($1)
        GROUP BY stream_id, event_type) per_case
      WHERE n > 1`,
    [[...eventsOfOneFlow]],
  );
  return { acknowledged: acknowledged.length, missing, appliedTwice };
}

/** Waits until every job derived from the log has run, then counts notifications per outcome. */
export async function auditSideEffects(
  executor: SqlExecutor,
  timeoutMs = 60_000,
): Promise<SideEffectAudit> {
  await expectEventually(
    async () =>
      expect(
        await count(
          executor,
          `SELECT count(*)::int AS n FROM job_dispatches WHERE status <> 'done'`,
        ),
      ).toBe(0),
    { timeoutMs, intervalMs: 200 },
  );
  const types = [[...outcomeEventTypes]];
  return {
    outcomes: await count(
      executor,
      `SELECT count(*)::int AS n FROM events WHERE event_type = ANY($1)`,
      types,
    ),
    notifications: await count(executor, `SELECT count(*)::int AS n FROM notifications`),
    notificationsMissing: await count(
      executor,
      `SELECT count(*)::int AS n FROM events e
        WHERE e.event_type = ANY($1)
          AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.event_id = e.event_id)`,
      types,
    ),
    notificationsTwice: await count(
      executor,
      `SELECT coalesce(sum(n - 1), 0)::int AS n FROM (
         SELECT count(*) AS n FROM notifications GROUP BY event_id, kind) per_event
        WHERE n > 1`,
    ),
  };
}

/** Waits until every projection applied every committed event (the worker caught up). */
export async function caughtUp(executor: SqlExecutor, timeoutMs = 60_000): Promise<void> {
  await expectEventually(
    async () => {
      const lags = await projectionLags(executor);
      expect(lags.filter((lag) => lag.status !== 'active' || lag.behindEvents > 0)).toEqual([]);
    },
    { timeoutMs, intervalMs: 200 },
  );
}
