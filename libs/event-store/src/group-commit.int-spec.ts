import { randomUUID } from 'node:crypto';
import {
  CommandIdReusedError,
  CommandInFlightError,
  EventStore,
  lockStreams,
  StreamVersionConflictError,
} from './index';
import { embeddedPglite, realPostgres, type Backend } from './test-support/backends';
import { note, stream, transactionsOf } from './test-support/batches.fixture';

const options = (expectedVersion: number, commandId?: string) => ({
  streamType: 'case',
  expectedVersion,
  commandId,
});

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
  afterAll(() => backend?.close());

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

  // Batches of 4+ independent single-event appends go through append_single_events_batch.
  it('set-based batch: gives each append its own outcome, as the loop does', async () => {
    const [fresh, existing, stale, replay, reuse] = [
      stream(),
      stream(),
      stream(),
      stream(),
      stream(),
    ];
    const [replayed, reused] = [randomUUID(), randomUUID()];
    await Promise.all([
      store.appendToStream(existing, [note('e1')], options(0)),
      store.appendToStream(stale, [note('s1')], options(0)),
      store.appendToStream(replay, [note('r1')], options(0, replayed)),
      store.appendToStream(reuse, [note('u1')], options(0, reused)),
    ]);
    const first = await store.appendToStream(replay, [note('r1')], options(0, replayed));

    const outcomes = await Promise.allSettled([
      store.appendToStream(fresh, [note('f1')], options(0, randomUUID())),
      store.appendToStream(existing, [note('e2')], options(1)),
      store.appendToStream(stale, [note('s2')], options(0)),
      store.appendToStream(replay, [note('r1')], options(0, replayed)),
      store.appendToStream(reuse, [note('other')], options(0, reused)),
    ]);

    expect(outcomes[0]).toMatchObject({ status: 'fulfilled', value: { streamVersion: 1 } });
    expect(outcomes[1]).toMatchObject({ status: 'fulfilled', value: { streamVersion: 2 } });
    expect(outcomes[2]).toMatchObject({ status: 'rejected', reason: { currentVersion: 1 } });
    expect(outcomes[2]?.status === 'rejected' && outcomes[2].reason).toBeInstanceOf(
      StreamVersionConflictError,
    );
    expect(outcomes[3]).toMatchObject({
      status: 'fulfilled',
      value: { replayed: true, streamVersion: 1, globalPositions: first.globalPositions },
    });
    expect(outcomes[4]?.status === 'rejected' && outcomes[4].reason).toBeInstanceOf(
      CommandIdReusedError,
    );
    expect(await transactionsOf(backend, [fresh, existing])).toBe(2);
    const { events } = await store.readStream(existing);
    expect(events.map((e) => (e.data as { text: string }).text)).toEqual(['e1', 'e2']);
    for (const id of [fresh, existing, stale, replay, reuse]) {
      expect(await store.verifyStream(id)).toMatchObject({ valid: true });
    }
    expect((await store.readStream(reuse)).version).toBe(1);
  });

  it('set-based batch: records the command of an appended event, so a later repeat replays it', async () => {
    const ids = [stream(), stream(), stream(), stream()];
    const commands = ids.map(() => randomUUID());
    const results = await Promise.all(
      ids.map((id, i) => store.appendToStream(id, [note(id)], options(0, commands[i]))),
    );
    const third = ids[2] ?? '';
    const again = await store.appendToStream(third, [note(third)], options(0, commands[2]));
    expect(again).toEqual({ ...results[2], replayed: true });
    expect(await transactionsOf(backend, ids)).toBe(1);
  });

  it('set-based batch: refuses a batch that breaks its preconditions without writing anything', async () => {
    const [a, b] = [stream(), stream()];
    const call = (streamId: string, events: number) => ({
      streamId,
      streamType: 'case',
      expectedVersion: 0,
      events: Array.from({ length: events }, () => ({
        id: randomUUID(),
        type: 'NoteAdded',
        schemaVersion: 1,
        data: {},
        metadata: {},
        digest: '00'.repeat(32),
      })),
      correlationId: null,
      causationId: null,
      commandId: null,
      requestHash: null,
    });
    const run = (calls: unknown[]) =>
      backend.dataSource.query(`SELECT * FROM append_single_events_batch($1)`, [
        JSON.stringify(calls),
      ]);
    await expect(run([call(a, 1), call(b, 2)])).rejects.toThrow(/one event per append/);
    await expect(run([call(a, 1), call(a, 1)])).rejects.toThrow(/duplicate key/);
    expect((await store.readStream(a)).version).toBe(0);
    expect((await store.readStream(b)).version).toBe(0);
  });
});

describe('group commit beside open transactions (PostgreSQL)', () => {
  let backend: Backend;
  let store: EventStore;

  beforeAll(async () => {
    backend = await realPostgres('es_group_tx');
    store = new EventStore({ dataSource: backend.dataSource });
  });
  afterAll(() => backend?.close());

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

  it('set-based batch: runs a busy stream alone and refuses a command in flight, the rest committed', async () => {
    const [locked, held, free1, free2] = [stream(), stream(), stream(), stream()];
    const commandId = randomUUID();
    const runner = backend.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await lockStreams(runner, [locked]);
      await store.appendToStream(held, [note('h')], {
        ...options(0, commandId),
        queryRunner: runner,
      });
      const waiting = store.appendToStream(locked, [note('later')], options(0));
      const [inFlight, one, two] = await Promise.allSettled([
        store.appendToStream(stream(), [note('h')], options(0, commandId)),
        store.appendToStream(free1, [note('1')], options(0)),
        store.appendToStream(free2, [note('2')], options(0)),
      ]);
      expect(inFlight.status === 'rejected' && inFlight.reason).toBeInstanceOf(
        CommandInFlightError,
      );
      expect([one, two]).toMatchObject([
        { status: 'fulfilled', value: { streamVersion: 1 } },
        { status: 'fulfilled', value: { streamVersion: 1 } },
      ]);
      expect((await store.readStream(locked)).version).toBe(0);
      await runner.commitTransaction();
      await expect(waiting).resolves.toMatchObject({ streamVersion: 1 });
    } finally {
      await runner.release();
    }
  });
});
