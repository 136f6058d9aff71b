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
const options = (expectedVersion: number, commandId?: string) => ({
  streamType: 'case',
  expectedVersion,
  commandId,
});

async function transactionIds(backend: Backend, streamIds: readonly string[]): Promise<number> {
  const [row] = await backend.dataSource.query<{ n: number }[]>(
    `SELECT count(DISTINCT transaction_id)::int AS n FROM events WHERE stream_id = ANY($1)`,
    [streamIds],
  );
  return row?.n ?? 0;
}

/** A batch of single-event appends to distinct streams goes through append_single_events_batch. */
describe.each([
  ['PostgreSQL', () => realPostgres('es_single_batch')],
  ['PGlite', embeddedPglite],
])('set-based group commit on %s', (_name, start) => {
  let backend: Backend;
  let store: EventStore;

  beforeAll(async () => {
    backend = await start();
    store = new EventStore({ dataSource: backend.dataSource });
  }, 60_000);
  afterAll(() => backend.close());

  it('gives each append of one batch its own outcome, as the loop does', async () => {
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
    expect(await transactionIds(backend, [fresh, existing])).toBe(2);
    const { events } = await store.readStream(existing);
    expect(events.map((e) => (e.data as { text: string }).text)).toEqual(['e1', 'e2']);
    for (const id of [fresh, existing, stale, replay, reuse]) {
      expect(await store.verifyStream(id)).toMatchObject({ valid: true });
    }
    expect((await store.readStream(reuse)).version).toBe(1);
  });

  it('records the command of an appended event, so a later repeat replays it', async () => {
    const ids = [stream(), stream(), stream(), stream()];
    const commands = ids.map(() => randomUUID());
    const results = await Promise.all(
      ids.map((id, i) => store.appendToStream(id, [note(id)], options(0, commands[i]))),
    );
    const third = ids[2] ?? '';
    const again = await store.appendToStream(third, [note(third)], options(0, commands[2]));
    expect(again).toEqual({ ...results[2], replayed: true });
    expect(await transactionIds(backend, ids)).toBe(1);
  });

  it('refuses a batch that breaks its preconditions without writing anything', async () => {
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

describe('set-based group commit beside open transactions (PostgreSQL)', () => {
  let backend: Backend;
  let store: EventStore;

  beforeAll(async () => {
    backend = await realPostgres('es_single_batch_tx');
    store = new EventStore({ dataSource: backend.dataSource });
  });
  afterAll(() => backend.close());

  it('runs a busy stream alone and refuses a command in flight, the rest of the batch committed', async () => {
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
