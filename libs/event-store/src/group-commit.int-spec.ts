import { randomUUID } from 'node:crypto';
import {
  CommandIdReusedError,
  CommandInFlightError,
  EventStore,
  lockStreams,
  StreamVersionConflictError,
} from './index';
import { embeddedPglite, realPostgres, type Backend } from './test-support/backends';

const stream = () => `case-${randomUUID()}`;
const note = (text: string) => ({ type: 'NoteAdded', data: { text } });

/** Appends issued in the same turn go in one batch: their events share one transaction id. */
async function transactionsOf(backend: Backend, streamIds: readonly string[]): Promise<number> {
  const [row] = await backend.dataSource.query<{ n: number }[]>(
    `SELECT count(DISTINCT transaction_id)::int AS n FROM events WHERE stream_id = ANY($1)`,
    [streamIds],
  );
  return row?.n ?? 0;
}

describe.each([
  ['PostgreSQL', () => realPostgres('es_group')],
  ['PGlite', embeddedPglite],
])('group commit on %s', (_name, start) => {
  let backend: Backend;
  let store: EventStore;

  beforeAll(async () => {
    backend = await start();
    store = new EventStore({ dataSource: backend.dataSource });
  }, 60_000);
  afterAll(() => backend.close());

  it('commits concurrent appends together and fails only the one with a stale version', async () => {
    const ids = [stream(), stream(), stream()];
    const [a, b, c] = ids as [string, string, string];
    await store.appendToStream(b, [note('b1')], { streamType: 'case', expectedVersion: 0 });
    const outcomes = await Promise.allSettled([
      store.appendToStream(a, [note('a1')], { streamType: 'case', expectedVersion: 0 }),
      store.appendToStream(b, [note('b2')], { streamType: 'case', expectedVersion: 0 }),
      store.appendToStream(c, [note('c1'), note('c2')], { streamType: 'case', expectedVersion: 0 }),
    ]);
    expect(outcomes[0]).toMatchObject({ status: 'fulfilled', value: { streamVersion: 1 } });
    expect(outcomes[1]).toMatchObject({
      status: 'rejected',
      reason: { streamId: b, expectedVersion: 0, currentVersion: 1 },
    });
    expect(outcomes[1]?.status === 'rejected' && outcomes[1].reason).toBeInstanceOf(
      StreamVersionConflictError,
    );
    expect(outcomes[2]).toMatchObject({ status: 'fulfilled', value: { streamVersion: 2 } });
    expect(await transactionsOf(backend, [a, c])).toBe(1);
    for (const id of ids) expect(await store.verifyStream(id)).toMatchObject({ valid: true });
  });

  it('chains two appends to one stream in one batch, and refuses a second creation', async () => {
    const id = stream();
    const [first, second, again] = await Promise.allSettled([
      store.appendToStream(id, [note('1')], { streamType: 'case', expectedVersion: 'no-stream' }),
      store.appendToStream(id, [note('2')], { streamType: 'case', expectedVersion: 1 }),
      store.appendToStream(id, [note('x')], { streamType: 'case', expectedVersion: 'no-stream' }),
    ]);
    expect(first).toMatchObject({ status: 'fulfilled', value: { streamVersion: 1 } });
    expect(second).toMatchObject({ status: 'fulfilled', value: { streamVersion: 2 } });
    expect(again).toMatchObject({ status: 'rejected', reason: { currentVersion: 2 } });
    expect(await transactionsOf(backend, [id])).toBe(1);
    const { events } = await store.readStream(id);
    expect(events.map((e) => (e.data as { text: string }).text)).toEqual(['1', '2']);
    expect(await store.verifyStream(id)).toMatchObject({ valid: true, version: 2 });
  });

  it('records a command id given twice in one batch once, and refuses it with another payload', async () => {
    const [id, other] = [stream(), stream()];
    const commandId = randomUUID();
    const options = { streamType: 'case', expectedVersion: 0, commandId };
    const [first, repeat, reused] = await Promise.allSettled([
      store.appendToStream(id, [note('once')], options),
      store.appendToStream(id, [note('once')], options),
      store.appendToStream(other, [note('other')], options),
    ]);
    expect(first).toMatchObject({ status: 'fulfilled', value: { replayed: false } });
    const positions = first.status === 'fulfilled' ? first.value.globalPositions : [];
    expect(repeat).toMatchObject({
      status: 'fulfilled',
      value: { replayed: true, streamVersion: 1, globalPositions: positions },
    });
    expect(reused.status === 'rejected' && reused.reason).toBeInstanceOf(CommandIdReusedError);
    expect((await store.readStream(id)).events).toHaveLength(1);
    expect((await store.readStream(other)).version).toBe(0);
  });

  it('keeps a wave of appends in one batch, or splits it into batchesPerWave of at least 8', async () => {
    const split = new EventStore({
      dataSource: backend.dataSource,
      groupCommit: { batchesPerWave: 2 },
    });
    const wave = async (appender: EventStore, appends: number) => {
      const ids = Array.from({ length: appends }, stream);
      await Promise.all(
        ids.map((id) =>
          appender.appendToStream(id, [note(id)], { streamType: 'case', expectedVersion: 0 }),
        ),
      );
      return transactionsOf(backend, ids);
    };
    expect(await wave(store, 16)).toBe(1);
    expect(await wave(split, 16)).toBe(2);
    expect(await wave(split, 15)).toBe(1);
  });

  it('fails only the append the database refuses when the whole batch is rolled back', async () => {
    const [good, bad] = [stream(), stream()];
    const [ok, refused] = await Promise.allSettled([
      store.appendToStream(good, [note('a')], { streamType: 'case', expectedVersion: 0 }),
      store.appendToStream(bad, [{ ...note('a'), eventId: 'not-a-uuid' }], {
        streamType: 'case',
        expectedVersion: 0,
      }),
    ]);
    expect(ok).toMatchObject({ status: 'fulfilled', value: { streamVersion: 1 } });
    expect(refused).toMatchObject({ status: 'rejected', reason: { message: /uuid/ } });
  });
});

describe('group commit beside open transactions (PostgreSQL)', () => {
  let backend: Backend;
  let store: EventStore;

  beforeAll(async () => {
    backend = await realPostgres('es_group_tx');
    store = new EventStore({ dataSource: backend.dataSource });
  });
  afterAll(() => backend.close());

  it('runs an append whose stream is locked elsewhere on its own, without holding up the batch', async () => {
    const [locked, free] = [stream(), stream()];
    const runner = backend.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await lockStreams(runner, [locked]);
      const waiting = store.appendToStream(locked, [note('later')], {
        streamType: 'case',
        expectedVersion: 0,
      });
      const done = await store.appendToStream(free, [note('now')], {
        streamType: 'case',
        expectedVersion: 0,
      });
      expect(done.streamVersion).toBe(1);
      expect((await store.readStream(locked)).version).toBe(0);
      await runner.commitTransaction();
      await expect(waiting).resolves.toMatchObject({ streamVersion: 1 });
    } finally {
      await runner.release();
    }
  });

  it('refuses a command held by an open transaction as in flight, alone in its batch', async () => {
    const [held, free] = [stream(), stream()];
    const commandId = randomUUID();
    const options = { streamType: 'case', expectedVersion: 0, commandId };
    const runner = backend.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await store.appendToStream(held, [note('a')], { ...options, queryRunner: runner });
      const [inFlight, other] = await Promise.allSettled([
        store.appendToStream(held, [note('a')], options),
        store.appendToStream(free, [note('b')], { streamType: 'case', expectedVersion: 0 }),
      ]);
      expect(inFlight.status === 'rejected' && inFlight.reason).toBeInstanceOf(
        CommandInFlightError,
      );
      expect(other).toMatchObject({ status: 'fulfilled', value: { streamVersion: 1 } });
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
  });
});
