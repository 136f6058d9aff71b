import { randomUUID } from 'node:crypto';
import { type CommandResult } from '@greenchain/contracts';
import { caseStream } from '@greenchain/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { consigneeRequest, seizureRequest } from '../support/hcfc-22-case';
import { bodyOf, problemOf } from '../support/http';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';

/** Idempotency-Key on the event-store commands: what a repeat is, and how its answer says so. */
describe('Idempotency-Key on commands', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  let token = '';

  beforeAll(async () => {
    subject = await startTestApp();
    http = request(subject.app.getHttpServer());
    token = (await signIn(http, 'customs')).accessToken;
  }, 60_000);
  afterAll(() => subject.close());

  const post = (path: string, key: string, body: object) =>
    http.post(path).set(bearer(token)).set('Idempotency-Key', key).send(body);
  const occurrences = (streamId: string) =>
    subject.app
      .get(DataSource)
      .query<{ occurred_at: string }[]>(
        `SELECT metadata->>'occurredAt' AS occurred_at FROM events WHERE stream_id = $1 ORDER BY stream_position`,
        [streamId],
      );
  const exhibit = (caseId: string, occurredAt: string) => ({
    occurredAt,
    caseId,
    kind: 'sample',
    description: 'One 13.6 kg cylinder labelled R-22',
    holder: { holderId: 'KRA-MSA-STORE', agency: 'Kenya Revenue Authority', country: 'KE' },
    place: 'KRA exhibit store, Mombasa',
  });

  it('answers a repeat with the first result and Idempotent-Replayed: true, the first without it', async () => {
    const key = `seizure-${randomUUID()}`;
    const body = seizureRequest();
    const first = await post('/api/cases', key, body).expect(201);
    const again = await post('/api/cases', key, body).expect(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(bodyOf<CommandResult>(again)).toEqual({
      ...bodyOf<CommandResult>(first),
      replayed: true,
    });
    expect(again.headers.etag).toBe(first.headers.etag);
  });

  it('refuses the same key with a body that differs only in occurredAt, keeping the first date', async () => {
    const key = `seizure-${randomUUID()}`;
    const body = seizureRequest();
    const first = bodyOf<CommandResult>(await post('/api/cases', key, body).expect(201));
    const moved = await post('/api/cases', key, { ...body, occurredAt: '2024-03-02' }).expect(422);
    expect(moved.headers['idempotent-replayed']).toBeUndefined();
    expect(problemOf(moved)).toMatchObject({
      code: 'command/idempotency-key-reused',
      field: 'Idempotency-Key',
    });
    expect(await occurrences(caseStream.streamId(first.id))).toEqual([
      { occurred_at: '2024-03-01' },
    ]);
  });

  it('does the same for a command on an existing case and for an evidence command', async () => {
    const caseId = bodyOf<CommandResult>(
      await http.post('/api/cases').set(bearer(token)).send(seizureRequest()).expect(201),
    ).id;
    const partyKey = `party-${randomUUID()}`;
    const parties = `/api/cases/${caseId}/parties`;
    await post(parties, partyKey, consigneeRequest).expect(201);
    const replayed = await post(parties, partyKey, consigneeRequest).expect(201);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    const later = { ...consigneeRequest, occurredAt: '2024-03-05' };
    expect(problemOf(await post(parties, partyKey, later).expect(422)).code).toBe(
      'command/idempotency-key-reused',
    );

    const exhibitKey = `exhibit-${randomUUID()}`;
    await post('/api/evidence', exhibitKey, exhibit(caseId, '2024-03-01')).expect(201);
    const again = await post('/api/evidence', exhibitKey, exhibit(caseId, '2024-03-01'));
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const moved = await post('/api/evidence', exhibitKey, exhibit(caseId, '2024-03-03'));
    expect(moved.status).toBe(422);
    expect(problemOf(moved).code).toBe('command/idempotency-key-reused');
  });
});
