import { randomUUID } from 'node:crypto';
import { EventStore } from '../event-store';
import { StreamVersionConflictError } from '../errors/stream-version-conflict.error';
import { type Backend, embeddedPglite, realPostgres } from '../test-support/backends';
import { UniqueKeyTakenError } from './unique-key-taken.error';

describe.each([
  ['PostgreSQL', () => realPostgres('unique_keys')],
  ['PGlite', embeddedPglite],
])('unique keys across streams on %s', (_name, start) => {
  let backend: Backend;
  let store: EventStore;
  const newKey = () => ({ scope: 'case-reference', key: `KE|KRA|${randomUUID()}` });
  const stream = () => `case-${randomUUID()}`;
  const seized = [{ type: 'NoteAdded', data: { text: 'seized' } }];
  const create = (streamId: string, key: { scope: string; key: string }, commandId?: string) =>
    store.appendToStream(streamId, seized, {
      streamType: 'case',
      expectedVersion: 'no-stream',
      uniqueKeys: [key],
      commandId,
    });
  const holdersOf = async (key: { key: string }) =>
    (
      await backend.dataSource.query<{ stream_id: string }[]>(
        `SELECT stream_id FROM unique_keys WHERE key = $1`,
        [key.key],
      )
    ).map((row) => row.stream_id);
  const exists = async (streamId: string) =>
    (
      await backend.dataSource.query<unknown[]>(`SELECT 1 FROM streams WHERE stream_id = $1`, [
        streamId,
      ])
    ).length === 1;

  beforeAll(async () => {
    backend = await start();
    store = new EventStore({ dataSource: backend.dataSource });
  }, 60_000);
  afterAll(() => backend?.close());

  it('gives a key to exactly one of 20 concurrent new streams; the others are not created', async () => {
    const key = newKey();
    const streams = Array.from({ length: 20 }, stream);
    const outcomes = await Promise.allSettled(streams.map((streamId) => create(streamId, key)));
    const winner = streams[outcomes.findIndex((outcome) => outcome.status === 'fulfilled')];
    const refusals = outcomes.flatMap((outcome) =>
      outcome.status === 'rejected' ? [outcome.reason as unknown] : [],
    );
    expect(refusals).toHaveLength(19);
    for (const refusal of refusals) {
      expect(refusal).toBeInstanceOf(UniqueKeyTakenError);
      expect(refusal).toMatchObject({ holder: winner });
    }
    expect(await holdersOf(key)).toEqual([winner]);
    const created = await Promise.all(streams.map(exists));
    expect(created.filter(Boolean)).toHaveLength(1);
  });

  it('lets a retried command of the holding stream through as a replay', async () => {
    const key = newKey();
    const id = stream();
    const commandId = randomUUID();
    const first = await create(id, key, commandId);
    const again = await create(id, key, commandId);
    expect(again).toMatchObject({ replayed: true, streamVersion: first.streamVersion });
    expect(await holdersOf(key)).toEqual([id]);
  });

  it('claims nothing when the append fails, so the key stays free', async () => {
    const key = newKey();
    const existing = stream();
    await store.appendToStream(existing, seized, {
      streamType: 'case',
      expectedVersion: 'no-stream',
    });
    await expect(create(existing, key)).rejects.toBeInstanceOf(StreamVersionConflictError);
    expect(await holdersOf(key)).toEqual([]);
    const next = stream();
    await create(next, key);
    expect(await holdersOf(key)).toEqual([next]);
  });
});
