import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  appRoleName,
  CommandIdReusedError,
  erasedValue,
  EventStore,
  initialCheckpoint,
  loadCheckpoint,
  lockStreams,
  personal,
  redactedValue,
  saveCheckpoint,
  StreamLockOrderError,
  StreamVersionConflictError,
  type RecordedEvent,
} from './index';
import { type Backend, embeddedPglite, realPostgres } from './test-support/backends';

const upcasters = [
  {
    eventType: 'NoteAdded',
    fromVersion: 1,
    upcast: (data: unknown) => ({ data: { ...(data as { text: string }), language: 'en' } }),
  },
];

describe.each([
  ['PostgreSQL', () => realPostgres('es_core')],
  ['PGlite', embeddedPglite],
])('event store on %s', (_name, start) => {
  let backend: Backend;
  let store: EventStore;
  const stream = () => `case-${randomUUID()}`;
  const note = (text: string) => ({ type: 'NoteAdded', data: { text } });

  beforeAll(async () => {
    backend = await start();
    store = new EventStore({
      dataSource: backend.dataSource,
      upcasters,
      masterKey: randomBytes(32),
    });
  }, 60_000);
  afterAll(() => backend?.close());

  it('reads several streams below a position each in one call', async () => {
    const [a, b, c] = [stream(), stream(), stream()];
    for (const id of [a, b, c]) {
      await store.appendToStream(id, [note(`${id}-1`), note(`${id}-2`), note(`${id}-3`)], {
        streamType: 'case',
        expectedVersion: 'no-stream',
      });
    }
    const read = await store.readStreamsBefore(
      new Map([
        [a, 3],
        [b, 1],
        [c, 10],
      ]),
    );
    const texts = (id: string) =>
      read.get(id)?.map((event) => [event.streamPosition, (event.data as { text: string }).text]);
    expect(texts(a)).toEqual([
      [1, `${a}-1`],
      [2, `${a}-2`],
    ]);
    expect(read.has(b)).toBe(false);
    expect(texts(c)?.map(([position]) => position)).toEqual([1, 2, 3]);
    // Upcast as every read is.
    expect(read.get(c)?.[0]?.data).toEqual({ text: `${c}-1`, language: 'en' });
  });

  it('appends with an expected version and reads the stream back in order', async () => {
    const id = stream();
    const first = await store.appendToStream(id, [note('a'), note('b')], {
      streamType: 'case',
      expectedVersion: 'no-stream',
      correlationId: randomUUID(),
    });
    const second = await store.appendToStream(id, [note('c')], {
      streamType: 'case',
      expectedVersion: 2,
    });
    expect(first.streamVersion).toBe(2);
    expect(second.streamVersion).toBe(3);
    const globals = [...first.globalPositions, ...second.globalPositions];
    expect(globals).toEqual([...globals].sort((a, b) => a - b));
    const { version, events } = await store.readStream(id);
    expect(version).toBe(3);
    expect(events.map((e) => [e.streamPosition, (e.data as { text: string }).text])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ]);
    expect(events[0]?.metadata.correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps concurrent appends on separate connections apart', async () => {
    const ids = Array.from({ length: 12 }, stream);
    await Promise.all(
      ids.map(async (id) => {
        for (let version = 0; version < 3; version += 1) {
          await store.appendToStream(id, [note(`${version}`)], {
            streamType: 'case',
            expectedVersion: version,
          });
        }
      }),
    );
    for (const id of ids)
      expect(await store.verifyStream(id)).toMatchObject({ valid: true, version: 3 });
  });

  it('refuses a stale expected version with the current version, and creating an existing stream', async () => {
    const id = stream();
    await store.appendToStream(id, [note('a')], {
      streamType: 'case',
      expectedVersion: 'no-stream',
    });
    const stale = store.appendToStream(id, [note('b')], { streamType: 'case', expectedVersion: 0 });
    await expect(stale).rejects.toBeInstanceOf(StreamVersionConflictError);
    await expect(stale).rejects.toMatchObject({
      streamId: id,
      expectedVersion: 0,
      currentVersion: 1,
    });
    await expect(
      store.appendToStream(id, [note('b')], { streamType: 'case', expectedVersion: 5 }),
    ).rejects.toMatchObject({ currentVersion: 1 });
  });

  it('returns the first result for a repeated command id and refuses it with another payload', async () => {
    const id = stream();
    const commandId = randomUUID();
    const options = { streamType: 'case', expectedVersion: 'no-stream' as const, commandId };
    const first = await store.appendToStream(id, [note('once')], options);
    const again = await store.appendToStream(id, [note('once')], options);
    expect(again).toEqual({ ...first, replayed: true });
    await expect(store.appendToStream(id, [note('other')], options)).rejects.toBeInstanceOf(
      CommandIdReusedError,
    );
    expect((await store.readStream(id)).version).toBe(1);
  });

  it('tells its listeners after appends that added events, not after a replay', async () => {
    let told = 0;
    const unsubscribe = store.onAppended(() => (told += 1));
    const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
    const options = {
      streamType: 'case',
      expectedVersion: 'no-stream' as const,
      commandId: randomUUID(),
    };
    const id = stream();
    await store.appendToStream(id, [note('told')], options);
    await nextTurn();
    expect(told).toBe(1);
    await store.appendToStream(id, [note('told')], options);
    await nextTurn();
    expect(told).toBe(1);
    unsubscribe();
    await store.appendToStream(stream(), [note('unheard')], {
      streamType: 'case',
      expectedVersion: 'no-stream',
    });
    await nextTurn();
    expect(told).toBe(1);
  });

  it('upcasts old schema versions on the stream read and the catch-up read', async () => {
    const id = stream();
    const { globalPositions } = await store.appendToStream(id, [note('old')], {
      streamType: 'case',
      expectedVersion: 'no-stream',
    });
    const [read] = (await store.readStream(id)).events;
    expect(read).toMatchObject({ schemaVersion: 2, data: { text: 'old', language: 'en' } });
    const all = await readEverything(store, backend.dataSource);
    expect(all.find((e) => e.globalPosition === globalPositions[0])).toMatchObject({
      schemaVersion: 2,
      data: { language: 'en' },
    });
  });

  it('catches up in batches and keeps a checkpoint with compare-and-set', async () => {
    const id = stream();
    await store.appendToStream(id, [note('1'), note('2'), note('3')], {
      streamType: 'case',
      expectedVersion: 'no-stream',
    });
    const everything = await readEverything(store, backend.dataSource, 2);
    expect(everything.filter((e) => e.streamId === id).map((e) => e.streamPosition)).toEqual([
      1, 2, 3,
    ]);
    const runner = backend.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      const start = await loadCheckpoint(runner, 'case_list@1');
      expect(start).toEqual(initialCheckpoint);
      const batch = await store.readAll({ after: start, limit: 2, executor: runner });
      expect(await saveCheckpoint(runner, 'case_list@1', start, batch.checkpoint)).toBe(true);
      expect(await saveCheckpoint(runner, 'case_list@1', start, batch.checkpoint)).toBe(false);
      const rest = await store.readAll({ after: batch.checkpoint, limit: 2, executor: runner });
      expect(await saveCheckpoint(runner, 'case_list@1', batch.checkpoint, rest.checkpoint)).toBe(
        true,
      );
      expect(await saveCheckpoint(runner, 'case_list@1', batch.checkpoint, rest.checkpoint)).toBe(
        false,
      );
      await runner.commitTransaction();
      expect(await loadCheckpoint(backend.dataSource, 'case_list@1')).toEqual(rest.checkpoint);
    } finally {
      await runner.release();
    }
  });

  it('verifies an intact hash chain', async () => {
    const id = stream();
    await store.appendToStream(id, [note('a'), note('b')], {
      streamType: 'case',
      expectedVersion: 0,
    });
    await store.appendToStream(id, [note('c')], { streamType: 'case', expectedVersion: 2 });
    expect(await store.verifyStream(id)).toEqual({ valid: true, streamId: id, version: 3 });
  });

  it('encrypts personal values per subject, redacts them for subscribers and erases them by key', async () => {
    const id = stream();
    const subject = `person-${randomUUID()}`;
    const canary = `CANARY-${randomUUID()}`;
    const { globalPositions } = await store.appendToStream(
      id,
      [{ type: 'PartyAdded', data: { role: 'suspect', name: personal(subject, canary) } }],
      { streamType: 'case', expectedVersion: 'no-stream' },
    );
    expect((await store.readStream(id)).events[0]?.data).toEqual({ role: 'suspect', name: canary });
    const forSubscribers = (await readEverything(store, backend.dataSource)).find(
      (e) => e.globalPosition === globalPositions[0],
    );
    expect(forSubscribers?.data).toEqual({ role: 'suspect', name: redactedValue });
    await store.eraseSubject(subject);
    expect((await store.readStream(id)).events[0]?.data).toEqual({
      role: 'suspect',
      name: erasedValue,
    });
    expect(await store.verifyStream(id)).toMatchObject({ valid: true });
  });

  it('refuses UPDATE, DELETE and TRUNCATE of events; the application role may not even try', async () => {
    const id = stream();
    await store.appendToStream(id, [note('a')], { streamType: 'case', expectedVersion: 0 });
    await expect(
      backend.dataSource.query(`UPDATE events SET data = '{}' WHERE stream_id = $1`, [id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      backend.dataSource.query(`DELETE FROM events WHERE stream_id = $1`, [id]),
    ).rejects.toThrow(/append-only/);
    await expect(backend.dataSource.query(`TRUNCATE events`)).rejects.toThrow(/append-only/);
    const runner = backend.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query(`SET LOCAL ROLE ${appRoleName}`);
      await expect(
        runner.query(`UPDATE events SET data = '{}' WHERE stream_id = $1`, [id]),
      ).rejects.toThrow(/permission denied/);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await store.verifyStream(id)).toMatchObject({ valid: true });
  });

  it('appends to several streams in one transaction when they are locked first', async () => {
    const [a, b] = [stream(), stream()];
    const runner = backend.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await lockStreams(runner, [a, b]);
      await store.appendToStream(a, [note('a')], {
        streamType: 'case',
        expectedVersion: 0,
        queryRunner: runner,
      });
      await store.appendToStream(b, [note('b')], {
        streamType: 'case',
        expectedVersion: 0,
        queryRunner: runner,
      });
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    expect((await store.readStream(b)).version).toBe(1);
  });

  it('refuses to lock a stream after the transaction has written', async () => {
    const [a, b] = [stream(), stream()];
    const runner = backend.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await store.appendToStream(a, [note('a')], {
        streamType: 'case',
        expectedVersion: 0,
        queryRunner: runner,
      });
      await expect(
        store.appendToStream(b, [note('b')], {
          streamType: 'case',
          expectedVersion: 0,
          queryRunner: runner,
        }),
      ).rejects.toBeInstanceOf(StreamLockOrderError);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('maps nothing else: a database error still surfaces as itself', async () => {
    await expect(
      store.appendToStream(stream(), [{ ...note('a'), eventId: 'not-a-uuid' }], {
        streamType: 'case',
        expectedVersion: 0,
      }),
    ).rejects.toThrow(/uuid/);
  });
});

/**
 * Catches up to every event committed so far. The snapshot guard holds the reader back while any
 * transaction on the server is open, other suites' included, so an empty batch before the head
 * means "not yet", not "done".
 */
async function readEverything(
  store: EventStore,
  dataSource: DataSource,
  limit = 500,
): Promise<RecordedEvent[]> {
  const [row] = await dataSource.query<{ head: string }[]>(
    'SELECT coalesce(max(global_position), 0) AS head FROM events',
  );
  const head = Number(row?.head ?? 0);
  const events: RecordedEvent[] = [];
  let after = initialCheckpoint;
  // Catch-up order is by transaction id, so the head may come before other events: track the highest.
  let highest = 0;
  while (highest < head) {
    const batch = await store.readAll({ after, limit });
    if (batch.events.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    events.push(...batch.events);
    highest = Math.max(highest, ...batch.events.map((event) => event.globalPosition));
    after = batch.checkpoint;
  }
  return events;
}
