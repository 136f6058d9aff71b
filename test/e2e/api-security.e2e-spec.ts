import { randomBytes } from 'node:crypto';
import { type CommandResult, type LoginResponse, type UserRecord } from '@greenchain/contracts';
import { caseStream } from '@greenchain/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { type CaseDetailResponse } from '../../apps/api/src/cases/case-detail.response';
import { consigneeRequest, seizureRequest } from '../support/hcfc-22-case';
import { bodyOf, problemOf } from '../support/http';
import { forgeJwt, nowSeconds, sessionClaims } from '../support/jwt';
import { reauthenticated } from '../support/reauthentication';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';
import { createUser, testPassword } from '../support/users';

/** Booting the app and argon2 sign-ins take seconds on a busy machine. */
const bootTimeoutMs = 60_000;
// Several tests create users and sign in: each is an argon2 hash or verification.
jest.setTimeout(30_000);

describe('API security: tokens, concurrency, idempotency, personal data', () => {
  const accessSecret = randomBytes(32).toString('hex');
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  let customs: LoginResponse;
  let admin: LoginResponse;

  beforeAll(async () => {
    subject = await startTestApp({ env: { JWT_ACCESS_SECRET: accessSecret } });
    http = request(subject.app.getHttpServer());
    customs = await signIn(http, 'customs');
    admin = await signIn(http, 'admin');
  }, bootTimeoutMs);
  afterAll(() => subject?.close());

  const me = (token: string) => http.get('/api/auth/me').set(bearer(token));
  const countEvents = async (streamId: string) =>
    Number(
      (
        await subject.app
          .get(DataSource)
          .query<{ n: string }[]>('SELECT count(*) AS n FROM events WHERE stream_id = $1', [
            streamId,
          ])
      )[0]?.n,
    );
  // A repeat with the same key must send the same body, reference included.
  const newCase = (key?: string, body: object = seizureRequest(key && `KRA/MSA/2024/${key}`)) => {
    const call = http.post('/api/cases').set(bearer(customs.accessToken));
    return (key === undefined ? call : call.set('Idempotency-Key', key)).send(body);
  };

  describe('token attacks are refused', () => {
    it('accepts a genuine token', async () => {
      await me(customs.accessToken).expect(200);
    });

    it('refuses alg:none, a wrong signature and an expired token', async () => {
      const claims = {
        ...sessionClaims(customs.accessToken),
        iat: nowSeconds(),
        exp: nowSeconds() + 600,
      };
      const attacks = [
        forgeJwt({ alg: 'none', typ: 'JWT' }, claims),
        forgeJwt({ alg: 'HS256', typ: 'JWT' }, claims, 'not-the-secret'),
        forgeJwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, exp: nowSeconds() - 1 }, accessSecret),
        forgeJwt({ alg: 'HS512', typ: 'JWT' }, claims, accessSecret),
      ];
      for (const token of attacks) {
        const response = await me(token).expect(401);
        expect(problemOf(response).code).toBe('auth/unauthenticated');
      }
      // The same claims signed properly pass, so the refusals above are about the attack alone.
      await me(forgeJwt({ alg: 'HS256', typ: 'JWT' }, claims, accessSecret)).expect(200);
    });

    it('rotates refresh tokens and revokes the session when a used one comes back', async () => {
      const session = await signIn(http, 'prosecutor');
      const first = await http
        .post('/api/auth/refresh')
        .send({ refreshToken: session.refreshToken })
        .expect(200);
      const rotated = bodyOf<LoginResponse>(first);
      expect(rotated.refreshToken).not.toBe(session.refreshToken);
      await me(rotated.accessToken).expect(200);
      const reuse = await http
        .post('/api/auth/refresh')
        .send({ refreshToken: session.refreshToken })
        .expect(401);
      expect(problemOf(reuse)).toMatchObject({
        code: 'auth/refresh-token-reused',
        field: 'refreshToken',
      });
      // The thief's reuse ends the family: the legitimate newer token is dead too.
      const after = await http
        .post('/api/auth/refresh')
        .send({ refreshToken: rotated.refreshToken })
        .expect(401);
      expect(problemOf(after).code).toBe('auth/refresh-token-revoked');
    });

    it('ends a session at logout', async () => {
      const session = await signIn(http, 'judiciary');
      await http.post('/api/auth/logout').send({ refreshToken: session.refreshToken }).expect(204);
      await http.post('/api/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
    });

    it('refuses a disabled user at once, by access token and by refresh token', async () => {
      const user = await createUser(http, admin.accessToken, {
        email: 'disabled@kra.test',
        role: 'customs',
        country: 'KE',
        agency: 'Kenya Revenue Authority - Customs',
      });
      const session = await signIn(http, 'customs', { email: user.email, password: testPassword });
      await me(session.accessToken).expect(200);
      await http
        .patch(`/api/users/${user.id}`)
        .set(await reauthenticated(http, admin.accessToken))
        .send({ active: false })
        .expect(200);
      await me(session.accessToken).expect(401);
      const refresh = await http
        .post('/api/auth/refresh')
        .send({ refreshToken: session.refreshToken })
        .expect(401);
      expect(problemOf(refresh).field).toBe('refreshToken');
      await http
        .post('/api/auth/login')
        .send({ email: user.email, password: testPassword })
        .expect(401);
    });
  });

  describe('If-Match and ETag', () => {
    it('answers 412 with the current version for a stale If-Match, and accepts the current one', async () => {
      const created = bodyOf<CommandResult>(await newCase().expect(201));
      const addParty = (ifMatch: string) =>
        http
          .post(`/api/cases/${created.id}/parties`)
          .set(bearer(customs.accessToken))
          .set('If-Match', ifMatch)
          .send(consigneeRequest);
      const first = await addParty('"1"').expect(201);
      expect(first.headers.etag).toBe('"2"');
      const stale = await addParty('"1"').expect(412);
      expect(problemOf(stale)).toMatchObject({
        code: 'command/stale-version',
        field: 'If-Match',
        currentVersion: 2,
      });
      await addParty('W/"2"').expect(201);
      const malformed = await addParty('two').expect(400);
      expect(problemOf(malformed).field).toBe('If-Match');
      expect(await countEvents(created.streamId)).toBe(3);
    });
  });

  it('lets exactly one of ten concurrent writers with the same If-Match win', async () => {
    const created = bodyOf<CommandResult>(await newCase().expect(201));
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        http
          .post(`/api/cases/${created.id}/parties`)
          .set(bearer(customs.accessToken))
          .set('If-Match', '"1"')
          .send(consigneeRequest),
      ),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, ...Array<number>(9).fill(412)]);
    expect(await countEvents(created.streamId)).toBe(2);
  });

  describe('Idempotency-Key', () => {
    it('gives the first response to a repeat and writes no new event', async () => {
      const key = `seizure-${randomBytes(6).toString('hex')}`;
      const first = await newCase(key).expect(201);
      const again = await newCase(key).expect(201);
      const firstBody = bodyOf<CommandResult>(first);
      expect(bodyOf<CommandResult>(again)).toEqual({ ...firstBody, replayed: true });
      expect(again.headers.etag).toBe(first.headers.etag);
      expect(await countEvents(firstBody.streamId)).toBe(1);
    });

    it('writes exactly one event when the same key arrives 20 times at once', async () => {
      const key = `burst-${randomBytes(6).toString('hex')}`;
      const responses = await Promise.all(Array.from({ length: 20 }, () => newCase(key)));
      const statuses = responses.map((response) => response.status);
      expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
      const answered = responses.filter((response) => response.status === 201);
      const ids = new Set(answered.map((response) => bodyOf<CommandResult>(response).id));
      expect(ids.size).toBe(1);
      for (const response of responses.filter((found) => found.status === 409)) {
        expect(problemOf(response).code).toBe('command/in-flight');
      }
      expect(await countEvents(caseStream.streamId([...ids][0] ?? ''))).toBe(1);
    });

    it('refuses the same key with another body, and keys are per user', async () => {
      const key = `seizure-${randomBytes(6).toString('hex')}`;
      const first = bodyOf<CommandResult>(await newCase(key).expect(201));
      const other = await newCase(key, { ...seizureRequest(), reference: 'another' }).expect(422);
      expect(problemOf(other)).toMatchObject({
        code: 'command/idempotency-key-reused',
        field: 'Idempotency-Key',
      });
      const colleague = await createUser(http, admin.accessToken, {
        email: 'colleague@kra.test',
        role: 'customs',
        country: 'KE',
        agency: 'Kenya Revenue Authority - Customs',
      });
      const theirs = await signIn(http, 'customs', {
        email: colleague.email,
        password: testPassword,
      });
      const theirCase = await http
        .post('/api/cases')
        .set(bearer(theirs.accessToken))
        .set('Idempotency-Key', key)
        .send(seizureRequest())
        .expect(201);
      expect(bodyOf<CommandResult>(theirCase).id).not.toBe(first.id);
    });
  });

  describe('personal data', () => {
    it("lets no cache keep an answer: a reader never gets another reader's copy", async () => {
      const created = bodyOf<CommandResult>(await newCase().expect(201));
      const detail = await http
        .get(`/api/cases/${created.id}`)
        .set(bearer(customs.accessToken))
        .expect(200);
      expect(detail.headers['cache-control']).toBe('no-store');
      expect(detail.headers.vary).toMatch(/Authorization/i);
      expect((await me(customs.accessToken).expect(200)).headers['cache-control']).toBe('no-store');
    });

    it('logs each read of personal fields, and erasure shreds them everywhere', async () => {
      const created = bodyOf<CommandResult>(await newCase().expect(201));
      const party = bodyOf<CommandResult>(
        await http
          .post(`/api/cases/${created.id}/parties`)
          .set(bearer(customs.accessToken))
          .send(consigneeRequest)
          .expect(201),
      );
      const partyId = party.created.partyId ?? '';
      const read = () =>
        http.get(`/api/cases/${created.id}`).set(bearer(customs.accessToken)).expect(200);
      await read();
      await read();
      const analyst = await signIn(http, 'analyst');
      await http.get(`/api/cases/${created.id}`).set(bearer(analyst.accessToken)).expect(200);
      const log = await subject.app
        .get(DataSource)
        .query<{ user_id: string; stream_id: string }[]>(
          'SELECT user_id, stream_id FROM personal_data_access_log WHERE subject_id = $1',
          [partyId],
        );
      expect(log).toEqual([
        { user_id: customs.user.id, stream_id: created.streamId },
        { user_id: customs.user.id, stream_id: created.streamId },
      ]);
      await http
        .post(`/api/data-subjects/${partyId}/erase`)
        .set(bearer(customs.accessToken))
        .expect(403);
      await http
        .post(`/api/data-subjects/${partyId}/erase`)
        .set(await reauthenticated(http, admin.accessToken))
        .expect(200);
      const after = bodyOf<CaseDetailResponse>(await read());
      expect(JSON.stringify(after)).not.toContain(consigneeRequest.name);
      expect(JSON.stringify(after.timeline[1]?.data)).toContain('"erased":true');
      const verified = await http
        .get(`/api/cases/${created.id}/integrity`)
        .set(bearer(customs.accessToken))
        .expect(200);
      expect(verified.body).toMatchObject({ valid: true });
    });
  });

  describe('sharing', () => {
    it("shows a shared case to the other country's agencies with only the shared parts, until revoked", async () => {
      const created = bodyOf<CommandResult>(await newCase().expect(201));
      await http
        .post(`/api/cases/${created.id}/parties`)
        .set(bearer(customs.accessToken))
        .send(consigneeRequest)
        .expect(201);
      const uganda = await createUser(http, admin.accessToken, {
        email: 'officer@ura.test',
        role: 'customs',
        country: 'UG',
        agency: 'Uganda Revenue Authority',
      });
      const ugandan = await signIn(http, 'customs', {
        email: uganda.email,
        password: testPassword,
      });
      const read = () => http.get(`/api/cases/${created.id}`).set(bearer(ugandan.accessToken));
      expect(problemOf(await read().expect(404)).code).toBe('resource/not-found');
      const share = bodyOf<CommandResult>(
        await http
          .post(`/api/cases/${created.id}/shares`)
          .set(bearer(customs.accessToken))
          .send({
            occurredAt: '2024-03-05',
            country: 'UG',
            agency: 'Uganda Revenue Authority',
            fields: ['seizure'],
            until: '2999-12-31',
          })
          .expect(201),
      );
      const seen = bodyOf<CaseDetailResponse>(await read().expect(200));
      expect(seen.timeline.map((entry) => entry.type)).toEqual(['SeizureRecorded']);
      expect(Object.keys(seen.state as object)).not.toEqual(expect.arrayContaining(['parties']));
      expect(JSON.stringify(seen)).not.toContain(consigneeRequest.name);
      await http
        .post(`/api/cases/${created.id}/parties`)
        .set(bearer(ugandan.accessToken))
        .send(consigneeRequest)
        .expect(403);
      await http
        .post(`/api/cases/${created.id}/shares/${share.created.shareId ?? ''}/revoke`)
        .set(bearer(customs.accessToken))
        .send({ occurredAt: '2024-04-01' })
        .expect(200);
      await read().expect(404);
    });
  });

  describe('users administration', () => {
    it('lists users with the react-admin contract, to administrators only', async () => {
      const page = await http
        .get('/api/users')
        .query({ range: '[0,1]', sort: '["email","ASC"]', filter: '{"active":true}' })
        .set(bearer(admin.accessToken))
        .expect(200);
      expect(page.headers['content-range']).toMatch(/^users 0-1\/\d+$/);
      expect(bodyOf<UserRecord[]>(page)).toHaveLength(2);
      const bad = await http
        .get('/api/users')
        .query({ sort: '["passwordHash","ASC"]' })
        .set(bearer(admin.accessToken))
        .expect(400);
      expect(problemOf(bad).field).toBe('sort');
      await http.get('/api/users').set(bearer(customs.accessToken)).expect(403);
    });
  });
});
