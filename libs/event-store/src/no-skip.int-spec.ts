import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTestDatabase, type TestDatabase } from '@greenchain/testing';
import { EventStore, eventStoreMigrations, initialCheckpoint, type Checkpoint } from './index';

const writers = 16;
const transactionsPerWriter = 15;

interface Delivery {
  readonly eventId: string;
  readonly streamId: string;
}

/** A subscriber under test: `poll` returns its next batch and moves its cursor. */
interface Subscriber {
  poll(): Promise<Delivery[]>;
}

interface Outcome {
  readonly committed: ReadonlySet<string>;
  readonly delivered: readonly string[];
}

describe('no committed event is skipped by the catch-up reader', () => {
  let database: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    database = await createTestDatabase({
      migrations: eventStoreMigrations,
      label: 'es_r3',
      poolSize: writers + 4,
    });
    store = new EventStore({ dataSource: database.dataSource });
  });
  afterAll(() => database?.drop());

  /** Each checkpoint is taken on `global_position` alone, as Marten and Emmett once did. */
  function naiveSubscriber(): Subscriber {
    let last = 0;
    return {
      poll: async () => {
        const rows = await database.dataSource.query<
          { global_position: string; event_id: string; stream_id: string }[]
        >(
          `SELECT global_position, event_id, stream_id FROM events WHERE global_position > $1
            ORDER BY global_position LIMIT 100`,
          [last],
        );
        last = Number(rows.at(-1)?.global_position ?? last);
        return rows.map((row) => ({ eventId: row.event_id, streamId: row.stream_id }));
      },
    };
  }

  function catchUpSubscriber(): Subscriber {
    let checkpoint: Checkpoint = initialCheckpoint;
    return {
      poll: async () => {
        const batch = await store.readAll({ after: checkpoint, limit: 100 });
        checkpoint = batch.checkpoint;
        return batch.events.map(({ eventId, streamId }) => ({ eventId, streamId }));
      },
    };
  }

  /**
   * Writers hold transactions open for random times and roll some back while one subscriber polls.
   * Only this race's streams count: earlier tests' events are in the same table.
   */
  async function race(subscriber: Subscriber): Promise<Outcome> {
    const streamIds = Array.from({ length: writers }, () => `case-${randomUUID()}`);
    const committed = new Set<string>();
    const delivered: Delivery[] = [];
    let writing = true;
    const reading = (async () => {
      while (writing) {
        delivered.push(...(await subscriber.poll()));
        await sleep(1);
      }
      for (let batch = await subscriber.poll(); batch.length > 0; batch = await subscriber.poll()) {
        delivered.push(...batch);
      }
    })();
    await Promise.all(streamIds.map((streamId) => write(streamId, committed)));
    await everyTransactionEndedSince(await nextTransactionId());
    writing = false;
    await reading;
    const ours = new Set(streamIds);
    return {
      committed,
      delivered: delivered.filter((d) => ours.has(d.streamId)).map((d) => d.eventId),
    };
  }

  async function nextTransactionId(): Promise<string> {
    const [row] = await database.dataSource.query<{ xmax: string }[]>(
      `SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xmax`,
    );
    return row?.xmax ?? '0';
  }

  /**
   * The catch-up reader rightly holds events back while any older transaction on the server is open,
   * and other suites share this server: the final drain may only stop at an empty batch once every
   * transaction that began before the writers finished has ended.
   */
  async function everyTransactionEndedSince(xid: string): Promise<void> {
    for (;;) {
      const [row] = await database.dataSource.query<{ ended: boolean }[]>(
        `SELECT pg_snapshot_xmin(pg_current_snapshot()) >= $1::xid8 AS ended`,
        [xid],
      );
      if (row?.ended) return;
      await sleep(20);
    }
  }

  async function write(streamId: string, committed: Set<string>): Promise<void> {
    let version = 0;
    for (let i = 0; i < transactionsPerWriter; i += 1) {
      const runner = database.dataSource.createQueryRunner();
      const eventIds = [randomUUID(), randomUUID()].slice(0, 1 + (i % 2));
      try {
        await runner.startTransaction();
        await store.appendToStream(
          streamId,
          eventIds.map((eventId) => ({ type: 'NoteAdded', data: { i }, eventId })),
          { streamType: 'case', expectedVersion: version, queryRunner: runner },
        );
        await sleep(Math.random() * 20);
        if (Math.random() < 0.2) {
          await runner.rollbackTransaction();
        } else {
          await runner.commitTransaction();
          version += eventIds.length;
          for (const id of eventIds) committed.add(id);
        }
      } finally {
        await runner.release();
      }
    }
  }

  function score({ committed, delivered }: Outcome) {
    const unique = new Set(delivered);
    return {
      skipped: [...committed].filter((id) => !unique.has(id)).length,
      duplicated: delivered.length - unique.size,
      phantom: [...unique].filter((id) => !committed.has(id)).length,
    };
  }

  it('a naive `global_position > last` reader skips events of slow transactions (the test can fail)', async () => {
    const result = score(await race(naiveSubscriber()));
    expect(result.skipped).toBeGreaterThan(0);
  }, 60_000);

  it('the xid8 snapshot reader delivers every committed event once and nothing rolled back', async () => {
    const outcome = await race(catchUpSubscriber());
    expect(outcome.committed.size).toBeGreaterThan(0);
    expect(score(outcome)).toEqual({ skipped: 0, duplicated: 0, phantom: 0 });
  }, 60_000);
});
