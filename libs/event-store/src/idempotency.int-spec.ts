import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@greenchain/testing';
import {
  CommandIdReusedError,
  CommandInFlightError,
  EventStore,
  eventStoreMigrations,
} from './index';
import { counterDecider, increment } from './test-support/counter.fixture';

describe('R2: idempotency by command id', () => {
  let database: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    database = await createTestDatabase({ migrations: eventStoreMigrations, label: 'es_r2' });
    store = new EventStore({ dataSource: database.dataSource });
  });
  afterAll(() => database?.drop());

  it('the same command id 100x concurrently records exactly one set of events', async () => {
    const streamId = `counter-${randomUUID()}`;
    const commandId = randomUUID();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 100 }, () =>
        store.handleCommand(counterDecider, streamId, increment(), {
          streamType: 'counter',
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

    const afterLostResponse = await store.handleCommand(counterDecider, streamId, increment(), {
      streamType: 'counter',
      commandId,
    });
    expect(afterLostResponse).toMatchObject({ replayed: true, streamVersion: 1 });
    expect(afterLostResponse.events.map((e) => e.data)).toEqual([{ count: 1 }]);
  });

  it('the same command id with a different payload is refused', async () => {
    const streamId = `counter-${randomUUID()}`;
    const commandId = randomUUID();
    await store.handleCommand(counterDecider, streamId, increment(1), {
      streamType: 'counter',
      commandId,
    });
    await expect(
      store.handleCommand(counterDecider, streamId, increment(2), {
        streamType: 'counter',
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

  it('a command id held by an open transaction is refused as in flight, then replayed once committed', async () => {
    const streamId = `counter-${randomUUID()}`;
    const commandId = randomUUID();
    const event = { type: 'Incremented', data: { count: 1 } };
    const options = { streamType: 'counter', expectedVersion: 0, commandId };
    const runner = database.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await store.appendToStream(streamId, [event], { ...options, queryRunner: runner });
      await expect(store.appendToStream(streamId, [event], options)).rejects.toBeInstanceOf(
        CommandInFlightError,
      );
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    await expect(store.appendToStream(streamId, [event], options)).resolves.toMatchObject({
      replayed: true,
      streamVersion: 1,
    });
  });
});
