import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@greenchain/testing';
import { CommandInFlightError, EventStore, eventStoreMigrations } from './index';

describe('idempotency of appends by command id', () => {
  let database: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    database = await createTestDatabase({
      migrations: eventStoreMigrations,
      label: 'es_command_id',
    });
    store = new EventStore({ dataSource: database.dataSource });
  });
  afterAll(() => database.drop());

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
