import { caseStream } from '@greenchain/domain';
import type { RecordedEvent } from '@greenchain/event-store';
import { initialCheckpoint } from '@greenchain/event-store';
import { randomUUID } from 'node:crypto';
import { expectEventually } from '@greenchain/testing';
import { detected } from '@greenchain/domain/fixtures/case.fixtures';
import { allProjections, caseSummaryProjection } from '../projections';
import { appendMixedHistory } from '../test-support/mixed-history';
import {
  appendEvents,
  project,
  ProjectionFailedError,
  readModelDatabase,
  tableHash,
  type ReadModelFixture,
} from '../test-support/read-model-fixture';
import type { Projection } from './projection';
import { projectionLags } from './projection-lag';
import { ProjectionRunner } from './projection-runner';
import { loadStatus, requestRebuild, resumeProjection } from './projection-status';
import { projectionContext } from './projection-tables';
import { StreamStates } from '../shared/stream-state-fold';
import { StreamSnapshots } from '../shared/stream-snapshots';

describe('projection runner', () => {
  let fixture: ReadModelFixture;

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_runner');
    await appendMixedHistory(fixture);
    for (const projection of allProjections) await project(fixture, projection);
  });
  afterAll(() => fixture?.database.drop());

  const publicTables = (projection: Projection) =>
    projection.tables.filter((table) => !table.internal).map((table) => table.name);

  async function hashes(): Promise<Record<string, string>> {
    const entries = allProjections.flatMap(publicTables).map(async (table) => {
      return [table, await tableHash(fixture.database.dataSource, table, 't::text')] as const;
    });
    return Object.fromEntries(await Promise.all(entries));
  }

  async function everyEvent(): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    let after = initialCheckpoint;
    for (;;) {
      const batch = await fixture.store.readAll({ after, limit: 100 });
      if (batch.events.length === 0) return events;
      events.push(...batch.events);
      after = batch.checkpoint;
    }
  }

  it('leaves the same rows when the same events are applied a second time', async () => {
    const before = await hashes();
    const events = await everyEvent();
    for (const projection of allProjections) {
      const status = await loadStatus(fixture.database.dataSource, projection.name);
      await fixture.database.dataSource.transaction(async (manager) => {
        const context = projectionContext(
          projection,
          manager,
          status?.generation ?? 1,
          new StreamStates(fixture.store),
        );
        await projection.apply(
          events.filter((event) => projection.eventTypes.has(event.type)),
          context,
        );
      });
    }
    expect(await hashes()).toEqual(before);
  });

  it('rebuilds into new tables, switches, and equals the incremental result', async () => {
    const before = await hashes();
    for (const projection of allProjections) {
      expect(await requestRebuild(fixture.database.dataSource, projection.name)).toBe(true);
      expect(await loadStatus(fixture.database.dataSource, projection.name)).toMatchObject({
        status: 'rebuilding',
        buildingGeneration: 2,
      });
      await project(fixture, projection);
      expect(await loadStatus(fixture.database.dataSource, projection.name)).toMatchObject({
        status: 'active',
        generation: 2,
        buildingGeneration: null,
      });
    }
    expect(await hashes()).toEqual(before);
    const [left] = await fixture.database.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pg_tables WHERE tablename LIKE 'rm\\_%\\_g1'`,
    );
    expect(left?.n).toBe(0);
  });

  it('builds the same rows when every state before a batch is read back from the log', async () => {
    const before = await hashes();
    // No snapshot kept and batches of 2 events: every batch starts mid-stream with nothing cached.
    const streamStates = new StreamStates(fixture.store, new StreamSnapshots(0));
    for (const projection of allProjections) {
      expect(await requestRebuild(fixture.database.dataSource, projection.name)).toBe(true);
      const runner = new ProjectionRunner({
        dataSource: fixture.database.dataSource,
        store: fixture.store,
        projection,
        batchSize: 2,
        streamStates,
      });
      try {
        // Other suites' transactions can hold the snapshot's xmin back for a moment.
        await expectEventually(async () => {
          expect(await runner.catchUp()).toBe(true);
          expect(await loadStatus(fixture.database.dataSource, projection.name)).toMatchObject({
            status: 'active',
            buildingGeneration: null,
          });
        });
      } finally {
        await runner.stop();
      }
    }
    expect(await hashes()).toEqual(before);
    // Seven rebuilds in batches of two: hundreds of transactions.
  }, 60_000);

  it('rebuilds by itself when a projection comes with a new version', async () => {
    const before = await hashes();
    const next: Projection = {
      ...caseSummaryProjection,
      version: caseSummaryProjection.version + 1,
    };
    await project(fixture, next);
    expect(await loadStatus(fixture.database.dataSource, next.name)).toMatchObject({
      status: 'active',
      version: next.version,
      generation: 4,
    });
    expect(await hashes()).toEqual(before);
  });

  it('builds an index added to the same version on the active tables, with no rebuild', async () => {
    const before = await loadStatus(fixture.database.dataSource, caseSummaryProjection.name);
    const [summary, ...others] = caseSummaryProjection.tables;
    const indexes = [...(summary?.indexes ?? []), 'USING btree (outcome) WHERE closed'];
    // The version the tables were built at (the test before this one moved it on).
    const next: Projection = {
      ...caseSummaryProjection,
      version: before!.version,
      tables: [{ ...summary!, indexes }, ...others],
    };
    await project(fixture, next);
    const name = `rm_case_summary_g${before?.generation}_i${indexes.length - 1}`;
    const [index] = await fixture.database.dataSource.query<{ indexdef: string }[]>(
      `SELECT indexdef FROM pg_indexes WHERE indexname = $1`,
      [name],
    );
    expect(index?.indexdef).toMatch(/USING btree \(outcome\) WHERE closed$/);
    expect(await loadStatus(fixture.database.dataSource, next.name)).toMatchObject({
      generation: before?.generation,
      buildingGeneration: null,
    });
  });

  it('stops at a failing event, records it, and resumes once it is fixed', async () => {
    const probe = async (broken: boolean) => {
      const { globalPositions } = await fixture.store.appendToStream(
        `probe-${randomUUID()}`,
        [{ type: 'FragileProbe', data: { broken } }],
        { streamType: 'probe', expectedVersion: 'no-stream', commandId: randomUUID() },
      );
      return globalPositions[0];
    };
    await probe(false);
    const failing = await probe(true);
    await probe(false);
    let fixed = false;
    const fragile: Projection = {
      name: 'fragile',
      version: 1,
      tables: [{ name: 'fragile_rows', columns: 'global_position bigint PRIMARY KEY' }],
      eventTypes: new Set(['FragileProbe']),
      async apply(events, context) {
        for (const event of events) {
          if ((event.data as { broken: boolean }).broken && !fixed) throw new Error('bad data');
          await context.executor.query(
            `INSERT INTO ${context.table('fragile_rows')} VALUES ($1) ON CONFLICT DO NOTHING`,
            [event.globalPosition],
          );
        }
      },
    };
    await expect(project(fixture, fragile)).rejects.toThrow(ProjectionFailedError);
    expect(await loadStatus(fixture.database.dataSource, 'fragile')).toMatchObject({
      status: 'failed',
      failedEvent: { globalPosition: failing, eventType: 'FragileProbe', error: 'bad data' },
    });
    // The batch failed as a whole; retried one event at a time, the good probe before it passed.
    const rows = async () =>
      (
        await fixture.database.dataSource.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM fragile_rows`,
        )
      )[0]?.n;
    expect(await rows()).toBe(1);

    fixed = true;
    expect(await resumeProjection(fixture.database.dataSource, 'fragile')).toBe(true);
    await project(fixture, fragile);
    expect(await loadStatus(fixture.database.dataSource, 'fragile')).toMatchObject({
      status: 'active',
      failedEvent: null,
    });
    expect(await rows()).toBe(3);
  });

  it('lets one runner lead a projection; another takes over when it stops', async () => {
    const options = { dataSource: fixture.database.dataSource, store: fixture.store };
    const first = new ProjectionRunner({ ...options, projection: caseSummaryProjection });
    const second = new ProjectionRunner({ ...options, projection: caseSummaryProjection });
    try {
      expect(await first.catchUp()).toBe(true);
      expect(await second.catchUp()).toBe(false);
      await first.stop();
      expect(await second.catchUp()).toBe(true);
    } finally {
      await first.stop();
      await second.stop();
    }
  });

  it('reports zero lag once caught up and a positive lag for unapplied events', async () => {
    await appendEvents(fixture.store, caseStream.streamId(randomUUID()), detected);
    const behind = (await projectionLags(fixture.database.dataSource)).find(
      (lag) => lag.name === caseSummaryProjection.name,
    );
    expect(behind?.behindEvents).toBeGreaterThan(0);
    expect(behind?.lagMs).toBeGreaterThanOrEqual(0);
    await project(fixture, caseSummaryProjection);
    const caughtUp = (await projectionLags(fixture.database.dataSource)).find(
      (lag) => lag.name === caseSummaryProjection.name,
    );
    expect(caughtUp).toMatchObject({ lagMs: 0, behindEvents: 0, status: 'active' });
  });
});
