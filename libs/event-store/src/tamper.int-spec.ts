import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@greenchain/testing';
import { EventStore, eventStoreMigrations } from './index';

describe('tampering by a superuser is detected at the exact stream and position', () => {
  let database: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    database = await createTestDatabase({ migrations: eventStoreMigrations, label: 'es_r8' });
    store = new EventStore({ dataSource: database.dataSource });
  });
  afterAll(() => database?.drop());

  async function streamOfFive(): Promise<string> {
    const streamId = `case-${randomUUID()}`;
    const notes = [1, 2, 3, 4, 5].map((n) => ({ type: 'NoteAdded', data: { n } }));
    await store.appendToStream(streamId, notes.slice(0, 3), {
      streamType: 'case',
      expectedVersion: 0,
    });
    await store.appendToStream(streamId, notes.slice(3), {
      streamType: 'case',
      expectedVersion: 3,
    });
    return streamId;
  }

  /** An attacker with superuser rights switches the append-only trigger off for one transaction. */
  async function asAttacker(...statements: [string, unknown[]][]): Promise<void> {
    const runner = database.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query(`SET LOCAL session_replication_role = replica`);
      for (const [sql, parameters] of statements) await runner.query(sql, parameters);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
  }

  it('leaves untouched streams valid', async () => {
    const streamId = await streamOfFive();
    expect(await store.verifyStream(streamId)).toEqual({ valid: true, streamId, version: 5 });
  });

  it('detects an UPDATE of one event', async () => {
    const streamId = await streamOfFive();
    const bystander = await streamOfFive();
    await asAttacker([
      `UPDATE events SET data = '{"n": 33}' WHERE stream_id = $1 AND stream_position = 3`,
      [streamId],
    ]);
    expect(await store.verifyStream(streamId)).toMatchObject({
      valid: false,
      streamId,
      position: 3,
    });
    expect(await store.verifyStream(bystander)).toMatchObject({ valid: true });
  });

  it('detects a DELETE in the middle and at the tail', async () => {
    const middle = await streamOfFive();
    const tail = await streamOfFive();
    await asAttacker(
      [`DELETE FROM events WHERE stream_id = $1 AND stream_position = 2`, [middle]],
      [`DELETE FROM events WHERE stream_id = $1 AND stream_position = 5`, [tail]],
    );
    expect(await store.verifyStream(middle)).toMatchObject({
      valid: false,
      streamId: middle,
      position: 2,
    });
    expect(await store.verifyStream(tail)).toMatchObject({
      valid: false,
      streamId: tail,
      position: 5,
    });
  });

  it('detects two events swapped in place', async () => {
    const streamId = await streamOfFive();
    const columns = `global_position, transaction_id, stream_id, stream_type, event_id, event_type,
      schema_version, data, metadata, correlation_id, causation_id, command_id, prev_hash, hash, recorded_at`;
    await asAttacker(
      [
        `CREATE TEMP TABLE moved ON COMMIT DROP AS SELECT * FROM events WHERE stream_id = $1 AND stream_position IN (3, 4)`,
        [streamId],
      ],
      [`DELETE FROM events WHERE stream_id = $1 AND stream_position IN (3, 4)`, [streamId]],
      [
        `INSERT INTO events (stream_position, ${columns}) SELECT 7 - stream_position, ${columns} FROM moved`,
        [],
      ],
    );
    const positions = (await store.readStream(streamId)).events.map(
      (e) => (e.data as { n: number }).n,
    );
    expect(positions).toEqual([1, 2, 4, 3, 5]);
    expect(await store.verifyStream(streamId)).toMatchObject({
      valid: false,
      streamId,
      position: 3,
    });
  });
});
