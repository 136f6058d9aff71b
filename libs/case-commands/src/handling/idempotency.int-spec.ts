import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@greenchain/testing';
import {
  CommandIdReusedError,
  CommandInFlightError,
  EventStore,
  eventStoreMigrations,
} from '@greenchain/event-store';
import { counterStream, increment } from '../test-support/counter.fixture';
import { handleCommand } from './handle-command';

describe('idempotency by command id', () => {
  let database: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    database = await createTestDatabase({ migrations: eventStoreMigrations, label: 'es_r2' });
    store = new EventStore({ dataSource: database.dataSource });
  });
  afterAll(() => database?.drop());

  it('the same command id 100x concurrently records exactly one set of events', async () => {
    const id = randomUUID();
    const streamId = counterStream.streamId(id);
    const commandId = randomUUID();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 100 }, () =>
        handleCommand(store, counterStream, id, increment(), {
          commandId,
        }),
      ),
    );
    const results = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    const refusals = outcomes.flatMap((o) =>
      o.status === 'rejected' ? [o.reason as unknown] : [],
    );
    for (const refusal of refusals) expect(refusal).toBeInstanceOf(CommandInFlightError);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    const first = results.find((r) => !r.replayed);
    for (const result of results) {
      expect(result).toMatchObject({ streamVersion: 1, globalPositions: first?.globalPositions });
    }
    const { events } = await store.readStream(streamId);
    expect(events).toHaveLength(1);
    expect(events[0]?.metadata.commandId).toBe(commandId);

    const afterLostResponse = await handleCommand(store, counterStream, id, increment(), {
      commandId,
    });
    expect(afterLostResponse).toMatchObject({ replayed: true, streamVersion: 1 });
    expect(afterLostResponse.events.map((e) => e.data)).toEqual([{ count: 1 }]);
  });

  it('the same command id with a different payload is refused', async () => {
    const id = randomUUID();
    const streamId = counterStream.streamId(id);
    const commandId = randomUUID();
    await handleCommand(store, counterStream, id, increment(1), {
      commandId,
    });
    await expect(
      handleCommand(store, counterStream, id, increment(2), {
        commandId,
      }),
    ).rejects.toBeInstanceOf(CommandIdReusedError);
    await expect(
      store.appendToStream(streamId, [{ type: 'Incremented', data: { count: 9 } }], {
        streamType: 'counter',
        expectedVersion: 1,
        commandId,
      }),
    ).rejects.toBeInstanceOf(CommandIdReusedError);
    expect((await store.readStream(streamId)).version).toBe(1);
  });
});
