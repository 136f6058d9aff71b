import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@greenchain/testing';
import {
  EventStore,
  eventStoreMigrations,
  StreamVersionConflictError,
} from '@greenchain/event-store';
import { counterStream, increment } from '../test-support/counter.fixture';
import { handleCommand } from './handle-command';

const writers = 50;
const commandsPerWriter = 20;

describe('concurrent writers on one stream', () => {
  let database: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    database = await createTestDatabase({
      migrations: eventStoreMigrations,
      label: 'es_r1',
      poolSize: 20,
    });
    store = new EventStore({ dataSource: database.dataSource });
  });
  afterAll(() => database?.drop());

  it('with retry: no lost update, versions contiguous', async () => {
    const id = randomUUID();
    const streamId = counterStream.streamId(id);
    await Promise.all(
      Array.from({ length: writers }, async () => {
        for (let i = 0; i < commandsPerWriter; i += 1) {
          await handleCommand(store, counterStream, id, increment(), {
            maxRetries: 1_000,
          });
        }
      }),
    );
    const { version, events } = await store.readStream(streamId);
    const total = writers * commandsPerWriter;
    expect(version).toBe(total);
    expect(events.map((e) => e.streamPosition)).toEqual(range(total));
    expect(events.map((e) => (e.data as { count: number }).count)).toEqual(range(total));
    expect(await store.verifyStream(streamId)).toMatchObject({ valid: true, version: total });
  }, 90_000);

  it('without retry: one winner per version, losers get a conflict with the current version', async () => {
    const id = randomUUID();
    const streamId = counterStream.streamId(id);
    for (let version = 0; version < commandsPerWriter; version += 1) {
      const outcomes = await Promise.allSettled(
        Array.from({ length: writers }, () =>
          handleCommand(store, counterStream, id, increment(), {
            expectedVersion: version,
          }),
        ),
      );
      const winners = outcomes.filter((o) => o.status === 'fulfilled');
      const losers = outcomes.flatMap((o) =>
        o.status === 'rejected' ? [o.reason as unknown] : [],
      );
      expect(winners).toHaveLength(1);
      expect(winners[0]?.value.streamVersion).toBe(version + 1);
      expect(losers).toHaveLength(writers - 1);
      for (const loser of losers) {
        expect(loser).toBeInstanceOf(StreamVersionConflictError);
        expect(loser).toMatchObject({ expectedVersion: version, currentVersion: version + 1 });
      }
    }
    expect((await store.readStream(streamId)).version).toBe(commandsPerWriter);
  }, 60_000);
});

function range(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i + 1);
}
