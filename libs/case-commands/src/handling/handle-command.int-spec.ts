import { randomUUID } from 'node:crypto';
import {
  CommandIdReusedError,
  EventStore,
  eventStoreMigrations,
  type RecordedEvent,
} from '@greenchain/event-store';
import { createTestDatabase, type TestDatabase } from '@greenchain/testing';
import { counterDecider, counterStream, increment } from '../test-support/counter.fixture';
import { handleCommand } from './handle-command';

describe('handleCommand: load once, authorize, decide, append', () => {
  let database: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    database = await createTestDatabase({ migrations: eventStoreMigrations, label: 'cc_handle' });
    store = new EventStore({ dataSource: database.dataSource });
  });
  afterAll(() => database.drop());

  it('appends the decided events with full metadata', async () => {
    const id = randomUUID();
    const commandId = randomUUID();
    const correlationId = randomUUID();
    await handleCommand(store, counterStream, id, increment(2));
    const result = await handleCommand(store, counterStream, id, increment(3), {
      commandId,
      correlationId,
    });
    expect(result).toMatchObject({
      streamId: `counter-${id}`,
      streamVersion: 2,
      replayed: false,
    });
    expect(result.events).toEqual([{ type: 'Incremented', data: { count: 5 } }]);
    const stored = (await store.readStream(counterStream.streamId(id))).events[1] as RecordedEvent;
    expect(stored.metadata).toMatchObject({
      actor: { userId: 'user-1' },
      occurredAt: '2026-11-28T09:00:00.000Z',
      commandId,
      correlationId,
      causationId: null,
    });
    expect(Date.parse(stored.metadata.recordedAt)).not.toBeNaN();
  });

  it('replays a processed command with its first result, and appends nothing when nothing is decided', async () => {
    const id = randomUUID();
    const options = { commandId: randomUUID() };
    const first = await handleCommand(store, counterStream, id, increment(), options);
    const replay = await handleCommand(store, counterStream, id, increment(), options);
    expect(replay).toMatchObject({
      replayed: true,
      streamVersion: 1,
      globalPositions: first.globalPositions,
    });
    expect(replay.events.map((e) => e.data)).toEqual([{ count: 1 }]);
    await expect(
      handleCommand(store, counterStream, id, increment(7), options),
    ).rejects.toBeInstanceOf(CommandIdReusedError);
    const nothing = await handleCommand(store, counterStream, id, increment(0));
    expect(nothing).toEqual({
      streamId: `counter-${id}`,
      streamVersion: 1,
      globalPositions: [],
      events: [],
      replayed: false,
    });
  });

  it('replays a repeat whose record has moved on, though deciding again would now refuse it', async () => {
    const id = randomUUID();
    const options = { commandId: randomUUID() };
    const countsOnce: typeof counterStream = {
      ...counterStream,
      decider: {
        ...counterDecider,
        decide: (command, count) => {
          if (count > 0) throw new Error('already counted');
          return counterDecider.decide(command, count);
        },
      },
    };
    const first = await handleCommand(store, countsOnce, id, increment(), options);
    await handleCommand(store, counterStream, id, increment());
    for (const repeat of [options, { ...options, expectedVersion: 0 }]) {
      await expect(
        handleCommand(store, countsOnce, id, increment(), repeat),
      ).resolves.toMatchObject({
        replayed: true,
        streamVersion: 1,
        globalPositions: first.globalPositions,
      });
    }
    await expect(handleCommand(store, countsOnce, id, increment())).rejects.toThrow(
      'already counted',
    );
  });

  it('refuses the same command id with another business time instead of replaying it', async () => {
    const id = randomUUID();
    const options = { commandId: randomUUID() };
    await handleCommand(store, counterStream, id, increment(), options);
    const later = increment();
    const moved = { ...later, metadata: { ...later.metadata, occurredAt: '2026-11-29' } };
    await expect(handleCommand(store, counterStream, id, moved, options)).rejects.toBeInstanceOf(
      CommandIdReusedError,
    );
  });

  it('refuses a command whose If-Match version is stale', async () => {
    const id = randomUUID();
    await handleCommand(store, counterStream, id, increment());
    await expect(
      handleCommand(store, counterStream, id, increment(), { expectedVersion: 0 }),
    ).rejects.toMatchObject({ name: 'StreamVersionConflictError', currentVersion: 1 });
  });

  it('authorizes on the state it loaded, before a repeat is answered or anything decided', async () => {
    const id = randomUUID();
    const commandId = randomUUID();
    await handleCommand(store, counterStream, id, increment(), { commandId });
    const seen: number[] = [];
    const refuse = (count: number) => {
      seen.push(count);
      throw new Error('refused');
    };
    await expect(
      handleCommand(store, counterStream, id, increment(), { commandId, authorize: refuse }),
    ).rejects.toThrow('refused');
    expect(seen).toEqual([1]);
    expect((await store.readStream(counterStream.streamId(id))).version).toBe(1);
  });
});
