import { randomBytes, randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@greenchain/testing';
import {
  erasedValue,
  EventStore,
  eventStoreMigrations,
  personal,
  SubjectErasedError,
} from './index';

describe('crypto-shredding a data subject', () => {
  let database: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    database = await createTestDatabase({ migrations: eventStoreMigrations, label: 'es_s4' });
    store = new EventStore({ dataSource: database.dataSource, masterKey: randomBytes(32) });
  });
  afterAll(() => database?.drop());

  /** Counts rows of a table whose whole text (every column) contains the needle. */
  async function hits(table: string, needle: string): Promise<number> {
    const [row] = await database.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM ${table} t WHERE t::text LIKE '%' || $1 || '%'`,
      [needle],
    );
    return row?.n ?? 0;
  }

  it('leaves no plaintext canary, returns the erased marker, and keeps every hash chain valid', async () => {
    const suspect = `person-${randomUUID()}`;
    const witness = `person-${randomUUID()}`;
    const canary = `CANARY-${randomUUID()}`;
    const control = `CONTROL-${randomUUID()}`;
    const streams = [`case-${randomUUID()}`, `case-${randomUUID()}`];
    for (const streamId of streams) {
      await store.appendToStream(
        streamId,
        [
          {
            type: 'PartiesIdentified',
            data: {
              note: control,
              parties: [
                { role: 'suspect', name: personal(suspect, canary), born: personal(suspect, 1975) },
                { role: 'witness', name: personal(witness, 'Ada Witness') },
              ],
            },
          },
          {
            type: 'SuspectQuestioned',
            data: { statement: personal(suspect, `${canary} said so`) },
          },
        ],
        { streamType: 'case', expectedVersion: 'no-stream', commandId: randomUUID() },
      );
    }
    expect(await hits('events', control)).toBe(2);
    expect((await store.readStream(streams[0] ?? '')).events[1]?.data).toEqual({
      statement: `${canary} said so`,
    });

    await store.eraseSubject(suspect);

    for (const table of [
      'events',
      'streams',
      'processed_commands',
      'subject_keys',
      'checkpoints',
    ]) {
      expect(await hits(table, canary)).toBe(0);
    }
    for (const streamId of streams) {
      const [identified, questioned] = (await store.readStream(streamId)).events;
      expect(identified?.data).toEqual({
        note: control,
        parties: [
          { role: 'suspect', name: erasedValue, born: erasedValue },
          { role: 'witness', name: 'Ada Witness' },
        ],
      });
      expect(questioned?.data).toEqual({ statement: erasedValue });
      expect(await store.verifyStream(streamId)).toMatchObject({ valid: true, version: 2 });
    }
    await expect(
      store.appendToStream(
        streams[0] ?? '',
        [{ type: 'Noted', data: { name: personal(suspect, 'x') } }],
        {
          streamType: 'case',
          expectedVersion: 2,
        },
      ),
    ).rejects.toBeInstanceOf(SubjectErasedError);
  });

  it('reads a stream once, decrypting it only when the redacted read asks for it', async () => {
    const subject = `person-${randomUUID()}`;
    const streamId = `case-${randomUUID()}`;
    await store.appendToStream(
      streamId,
      [{ type: 'PartyAdded', data: { country: 'KE', name: personal(subject, 'Ada') } }],
      { streamType: 'case', expectedVersion: 'no-stream', commandId: randomUUID() },
    );
    const seen: unknown[] = [];
    const read = (mode: 'decrypt' | 'redact') =>
      store.readStreamAs(streamId, ({ events }) => {
        seen.push(events[0]?.data);
        return mode;
      });
    const redacted = await store.readStream(streamId, { personalData: 'redact' });
    expect(await read('redact')).toEqual({ ...redacted, personalData: 'redact' });
    const decrypted = await read('decrypt');
    expect(decrypted).toMatchObject({ version: 1, personalData: 'decrypt' });
    expect(decrypted.events[0]?.data).toEqual({ country: 'KE', name: 'Ada' });
    // Judged without the personal values either way.
    expect(seen).toEqual([redacted.events[0]?.data, redacted.events[0]?.data]);
  });

  it('gives concurrent first appends of one subject the same single key', async () => {
    const subject = `person-${randomUUID()}`;
    const streams = Array.from({ length: 20 }, () => `case-${randomUUID()}`);
    await Promise.all(
      streams.map((streamId) =>
        store.appendToStream(
          streamId,
          [{ type: 'Noted', data: { name: personal(subject, streamId) } }],
          { streamType: 'case', expectedVersion: 'no-stream' },
        ),
      ),
    );
    const keys = await database.dataSource.query<unknown[]>(
      `SELECT 1 FROM subject_keys WHERE subject_id = $1`,
      [subject],
    );
    expect(keys).toHaveLength(1);
    for (const streamId of streams) {
      expect((await store.readStream(streamId)).events[0]?.data).toEqual({ name: streamId });
    }
  });

  it('tells erased subjects from live and unknown ones', async () => {
    const live = `person-${randomUUID()}`;
    const erased = `person-${randomUUID()}`;
    const unknown = `person-${randomUUID()}`;
    await store.appendToStream(
      `case-${randomUUID()}`,
      [{ type: 'Noted', data: { a: personal(live, 'a'), b: personal(erased, 'b') } }],
      { streamType: 'case', expectedVersion: 'no-stream' },
    );
    await store.eraseSubject(erased);
    expect(await store.erasedSubjects([live, erased, unknown])).toEqual(new Set([erased]));
  });
});
