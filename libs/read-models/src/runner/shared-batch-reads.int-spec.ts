import { initialCheckpoint, type EventStore } from '@greenchain/event-store';
import { appendMixedHistory } from '../test-support/mixed-history';
import {
  project,
  readModelDatabase,
  tableHash,
  type ReadModelFixture,
} from '../test-support/read-model-fixture';
import { caseTimelineProjection } from '../projections/case-timeline/case-timeline.projection';
import { stageTransitionsProjection } from '../projections/stage-transitions/stage-transitions.projection';
import { ProjectionRunner } from './projection-runner';
import { SharedBatchReads } from './shared-batch-reads';
import { physicalTableName } from './projection-tables';

/** The store with its catch-up reads counted. */
function countingStore(store: EventStore): { store: EventStore; reads: () => number } {
  let reads = 0;
  const counted = Object.create(store) as EventStore;
  counted.readAll = (options) => {
    reads += 1;
    return store.readAll(options);
  };
  return { store: counted, reads: () => reads };
}

describe('shared batch reads', () => {
  let fixture: ReadModelFixture;

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_shared_reads');
    await appendMixedHistory(fixture, 8);
  });
  afterAll(() => fixture?.database.drop());

  it('reads a batch once for every runner at the same checkpoint', async () => {
    const { store, reads } = countingStore(fixture.store);
    const shared = new SharedBatchReads(store);
    const executor = fixture.database.dataSource;
    const first = await shared.read(initialCheckpoint, 5, executor);
    const again = await shared.read(initialCheckpoint, 5, executor);
    expect(again).toBe(first);
    expect(reads()).toBe(1);
    const next = await shared.read(first.checkpoint, 5, executor);
    expect(next.events[0]?.globalPosition).toBeGreaterThan(
      first.events.at(-1)?.globalPosition ?? 0,
    );
    expect(reads()).toBe(2);
  });

  it('does not keep an empty batch, so the next poll sees new events', async () => {
    const { store, reads } = countingStore(fixture.store);
    const shared = new SharedBatchReads(store);
    const executor = fixture.database.dataSource;
    let after = initialCheckpoint;
    for (let batch = await shared.read(after, 100, executor); batch.events.length > 0;) {
      after = batch.checkpoint;
      batch = await shared.read(after, 100, executor);
    }
    const before = reads();
    await shared.read(after, 100, executor);
    expect(reads()).toBe(before + 1);
  });

  it('builds the same read models as runners reading on their own', async () => {
    const alone = await tables();
    const { store, reads } = countingStore(fixture.store);
    // Room for every batch of the log, so the second runner finds all the first one read.
    const sharedReads = new SharedBatchReads(store, 100);
    for (const projection of [caseTimelineProjection, stageTransitionsProjection]) {
      await fixture.database.dataSource.query(`DELETE FROM projection_status WHERE name = $1`, [
        projection.name,
      ]);
      await fixture.database.dataSource.query(
        `DELETE FROM checkpoints WHERE subscription_id LIKE $1`,
        [`projection:${projection.name}:%`],
      );
      for (const table of projection.tables) {
        await fixture.database.dataSource.query(
          `DROP TABLE ${physicalTableName(table.name, 1)} CASCADE`,
        );
      }
    }
    const runners = [caseTimelineProjection, stageTransitionsProjection].map(
      (projection) =>
        new ProjectionRunner({
          dataSource: fixture.database.dataSource,
          store,
          projection,
          batchSize: 5,
          sharedReads,
        }),
    );
    // Both from position 0 in turn: the second finds every batch the first read.
    for (const runner of runners) expect(await runner.catchUp()).toBe(true);
    await Promise.all(runners.map((runner) => runner.stop()));
    const [{ events }] = await fixture.database.dataSource.query<[{ events: number }]>(
      `SELECT count(*)::int AS events FROM events`,
    );
    // Each batch once, and one empty read per runner: after batches that found events a runner
    // reads again without polling first, and an empty batch is not kept.
    expect(reads()).toBe(Math.ceil(events / 5) + runners.length);
    expect(await tables()).toEqual(alone);
  });

  async function tables() {
    await project(fixture, caseTimelineProjection);
    await project(fixture, stageTransitionsProjection);
    const executor = fixture.database.dataSource;
    return [
      await tableHash(executor, 'case_timeline', 'global_position'),
      await tableHash(executor, 'stage_transitions', 'case_id, global_position'),
    ];
  }

  it('shares a shorter batch only while it is read, so a later runner sees what came since', async () => {
    const { store, reads } = countingStore(fixture.store);
    const shared = new SharedBatchReads(store);
    const executor = fixture.database.dataSource;
    const [inFlight, alongside] = [
      shared.read(initialCheckpoint, 100_000, executor),
      shared.read(initialCheckpoint, 100_000, executor),
    ];
    const tail = await inFlight;
    expect(await alongside).toBe(tail);
    expect(reads()).toBe(1);
    await appendMixedHistory(fixture, 1);
    const later = await shared.read(initialCheckpoint, 100_000, executor);
    expect(reads()).toBe(2);
    expect(later.events.length).toBeGreaterThan(tail.events.length);
  });
});
