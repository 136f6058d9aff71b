import { randomBytes, randomUUID } from 'node:crypto';
import type { ActorRole } from '@greenchain/contracts';
import { markedPersonalData, type DomainEvent } from '@greenchain/domain';
import {
  EventStore,
  eventStoreMigrations,
  personal,
  type NewEvent,
  type SqlExecutor,
} from '@greenchain/event-store';
import { createTestDatabase, expectEventually, type TestDatabase } from '@greenchain/testing';
import { readModelMigrations } from '../migrations';
import { allProjections } from '../projections';
import type { NotificationRule } from '../jobs/notified-facts';
import type { Projection } from '../runner/projection';
import { projectionLags, type ProjectionLag } from '../runner/projection-lag';
import { ProjectionRunner } from '../runner/projection-runner';
import { requestRebuild, type FailedEvent } from '../runner/projection-status';

export interface ReadModelFixture {
  readonly database: TestDatabase;
  readonly store: EventStore;
}

export async function readModelDatabase(label: string): Promise<ReadModelFixture> {
  const database = await createTestDatabase({
    migrations: [...eventStoreMigrations, ...readModelMigrations],
    label,
  });
  const store = new EventStore({ dataSource: database.dataSource, masterKey: randomBytes(32) });
  return { database, store };
}

/**
 * A domain event as the API stores it: personal fields marked for encryption (free text under the
 * narrative subject of `caseId`), actor and time. Built here from the domain's marking rather than
 * taken from the write side, which depends on the read models.
 */
export function storedEvent(
  event: DomainEvent,
  role: ActorRole = 'customs',
  caseId = 'case-1',
): NewEvent {
  const occurredAt = String((event.data as { occurredAt?: unknown }).occurredAt);
  const actor = { userId: `${role}-1`, role, agency: `${role}-agency`, country: 'PY' };
  return {
    ...event,
    data: markedPersonalData(event, caseId, personal),
    metadata: { actor, occurredAt },
  };
}

/**
 * The domain's fixtures are dated 2024, so under the worker's rule every outcome they hold would be
 * a late entry: suites about how jobs are queued and delivered let every fact through, and the rule
 * is tested on its own (notified-facts.spec.ts, historic-outcomes.int-spec.ts).
 */
export const everyFactNotified: NotificationRule = { lateEntryDays: Number.POSITIVE_INFINITY };

/** A fixture's events dated today, as facts recorded the day they happen (and so notified). */
export function datedToday<Event extends DomainEvent>(events: readonly Event[]): Event[] {
  const today = new Date().toISOString().slice(0, 10);
  return events.map((event) => ({
    ...event,
    data: { ...(event.data as object), occurredAt: today },
  }));
}

/** Appends events to a stream after `version` (0 creates it); returns the new version. */
export async function appendEvents(
  store: EventStore,
  streamId: string,
  events: readonly DomainEvent[],
  version = 0,
): Promise<number> {
  const result = await store.appendToStream(
    streamId,
    events.map((event) => storedEvent(event, 'customs', streamId)),
    {
      streamType: streamId.split('-')[0] ?? 'case',
      expectedVersion: version === 0 ? 'no-stream' : version,
      commandId: randomUUID(),
    },
  );
  return result.streamVersion;
}

/** The projection stopped on an event it could not apply (projection_status says failed). */
export class ProjectionFailedError extends Error {
  constructor(
    readonly projection: string,
    readonly failure: FailedEvent | null,
  ) {
    super(
      failure
        ? `projection ${projection} failed at event ${failure.globalPosition} (${failure.eventType}): ${failure.error}`
        : `projection ${projection} failed`,
    );
  }
}

/**
 * Runs a projection until every committed event is applied, on a runner of its own that is stopped
 * afterwards; throws ProjectionFailedError when the projection stopped on a failing event, so that
 * no test reads a half-built model as if it were complete. Transactions of other suites on the
 * same server can hold the snapshot's xmin back for a moment, so an empty batch alone does not
 * mean caught up.
 */
export async function project(
  fixture: ReadModelFixture,
  projection: Projection,
  batchSize = 7,
): Promise<void> {
  const runner = new ProjectionRunner({
    dataSource: fixture.database.dataSource,
    store: fixture.store,
    projection,
    batchSize,
  });
  let failed: ProjectionLag | undefined;
  try {
    await expectEventually(async () => {
      if (!(await runner.catchUp())) throw new Error(`${projection.name}: not the leader`);
      const lag = (await projectionLags(fixture.database.dataSource)).find(
        (candidate) => candidate.name === projection.name,
      );
      if (lag?.status === 'failed') failed = lag;
      else
        expect(lag).toMatchObject({
          status: 'active',
          behindEvents: 0,
          version: projection.version,
        });
    });
  } finally {
    await runner.stop();
  }
  if (failed) throw new ProjectionFailedError(projection.name, failed.failedEvent);
}

/** One hash of a table's rows in a stable order, to compare two builds of a read model. */
export async function tableHash(
  executor: SqlExecutor,
  table: string,
  orderBy: string,
): Promise<string> {
  const [row] = (await executor.query(
    `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY ${orderBy}), '')) AS hash FROM ${table} t`,
  )) as { hash: string }[];
  return row?.hash ?? '';
}

/** The tables users read of every projection (not their internal ones). */
const publicTables = allProjections.flatMap((projection) =>
  projection.tables.filter((table) => !table.internal).map((table) => table.name),
);

/** A hash of every projection's public tables, to compare two builds of all read models. */
export async function readModelHashes(executor: SqlExecutor): Promise<Record<string, string>> {
  const entries = publicTables.map(
    async (table) => [table, await tableHash(executor, table, 't::text')] as const,
  );
  return Object.fromEntries(await Promise.all(entries));
}

/**
 * Rebuilds every projection from the first event (no other runner may lead meanwhile), in batches
 * of `batchSize` (small ones by default, to cross batch boundaries often).
 */
export async function rebuildAll(fixture: ReadModelFixture, batchSize?: number): Promise<void> {
  for (const projection of allProjections) {
    await requestRebuild(fixture.database.dataSource, projection.name);
    await project(fixture, projection, batchSize);
  }
}
