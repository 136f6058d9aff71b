import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { demoActor, generateWorld, writeWorld, type ActingRole } from '@greenchain/demo-world';
import { EventStore, type RecordedEvent } from '@greenchain/event-store';
import { migrateDatabase } from '@greenchain/platform';
import { createTestDatabase, type TestDatabase } from '@greenchain/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bodyOf } from '@greenchain/test/support/http';
import { bearer, signIn } from '@greenchain/test/support/sessions';
import { startTestApp, type TestApp } from '@greenchain/test/support/test-app';
import { AddCommodityItemRequest } from '../cases/requests/add-commodity-item.request';
import { AddPartyRequest } from '../cases/requests/add-party.request';
import { RecordSeizureRequest } from '../cases/requests/record-seizure.request';
import { demoPassword } from '../users/demo-users';
import { seedWorld } from './seed-world';

const seed = 3;
const cases = 40;

async function streamsOf(dataSource: DataSource, store: EventStore) {
  const rows = await dataSource.query<{ stream_id: string }[]>(
    'SELECT stream_id FROM streams ORDER BY stream_id',
  );
  const streams = new Map<string, unknown[]>();
  for (const { stream_id: streamId } of rows) {
    const { events } = await store.readStream(streamId);
    streams.set(
      streamId,
      events.map((event: RecordedEvent) => ({
        position: event.streamPosition,
        type: event.type,
        data: event.data,
        actor: event.metadata.actor,
        occurredAt: event.metadata.occurredAt,
      })),
    );
  }
  return streams;
}

const countEvents = async (dataSource: DataSource) =>
  Number((await dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM events'))[0]?.n);

describe('seeding the demo world into PostgreSQL', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let store: EventStore;
  let second: TestDatabase;
  let secondSource: DataSource;

  beforeAll(async () => {
    testApp = await startTestApp();
    dataSource = testApp.app.get(DataSource);
    store = testApp.app.get(EventStore);
    second = await createTestDatabase({ migrations: [], label: 'world' });
    await migrateDatabase(second.url);
    secondSource = second.dataSource;
  }, 120_000);

  afterAll(async () => {
    await testApp?.close();
    await second?.drop();
  });

  it('writes every case through the deciders and the event store, and adds nothing twice (skipped or replayed by command id)', async () => {
    const first = await seedWorld({ dataSource, store, seed, cases, mode: 'fast', concurrency: 8 });
    expect(first).toMatchObject({ cases, casesAdded: cases });
    expect(await countEvents(dataSource)).toBe(first.eventsAdded);
    const again = await seedWorld({ dataSource, store, seed, cases, mode: 'fast', concurrency: 8 });
    expect(again).toEqual({ cases, casesAdded: 0, eventsAdded: 0 });
    const replayed = await writeWorld(generateWorld({ seed, cases }), {
      store,
      mode: 'fast',
      concurrency: 8,
    });
    expect(replayed).toEqual({ cases, casesAdded: 0, eventsAdded: 0 });
    expect(await countEvents(dataSource)).toBe(first.eventsAdded);
  }, 120_000);

  it('gives the same streams for the same seed in another database, command by command', async () => {
    const otherStore = new EventStore({ dataSource: secondSource, masterKey: Buffer.alloc(32, 7) });
    const summary = await seedWorld({
      dataSource: secondSource,
      store: otherStore,
      seed,
      cases,
      mode: 'commands',
      concurrency: 4,
    });
    expect(summary.casesAdded).toBe(cases);
    const expected = await streamsOf(dataSource, store);
    expect(expected.size).toBeGreaterThan(cases);
    expect(await streamsOf(secondSource, otherStore)).toEqual(expected);
  }, 180_000);

  it('serves a generated case to an officer of its country, as any recorded case', async () => {
    const http = request(testApp.app.getHttpServer());
    for (const role of ['customs', 'judiciary'] as const satisfies readonly ActingRole[]) {
      const [generated] = generateWorld({ seed, cases: 1 });
      if (!generated) throw new Error('no case generated');
      const officer = demoActor(generated.country, role);
      const session = await signIn(http, role, { email: officer.email, password: demoPassword });
      const response = await http
        .get(`/api/cases/${generated.caseId}`)
        .set(bearer(session.accessToken));
      expect(response.status).toBe(200);
      expect(bodyOf<{ id: string }>(response).id).toBe(generated.caseId);
    }
  });

  it('passes the API request validation for its seizures, items and parties', async () => {
    const pipe = new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
    });
    const body = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({
      type: 'body',
      metatype,
    });
    const requests = {
      RecordSeizure: [RecordSeizureRequest, ['caseId', 'country', 'agency']],
      AddCommodityItem: [AddCommodityItemRequest, ['itemId']],
      AddParty: [AddPartyRequest, ['partyId']],
    } as const;
    for (const generated of generateWorld({ seed, cases: 200 })) {
      for (const { command } of generated.commands) {
        if (!(command.type in requests)) continue;
        // What the API derives itself (ids, the officer's country and agency) is not in the body.
        const [metatype, derived] = requests[command.type as keyof typeof requests];
        const fields = Object.entries(command.data).filter(
          ([key]) => !(derived as readonly string[]).includes(key),
        );
        const requestBody = {
          ...Object.fromEntries(fields),
          occurredAt: command.metadata.occurredAt,
        };
        await pipe.transform(requestBody, body(metatype));
      }
    }
  });
});
