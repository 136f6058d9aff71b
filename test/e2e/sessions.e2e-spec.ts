import { randomBytes } from 'node:crypto';
import { type EndedSessions, type LoginResponse, type SessionRecord } from '@greenchain/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { liveSessionCacheMs } from '../../apps/api/src/auth/sessions/live-session-cache';
import { bodyOf, problemOf } from '../support/http';
import { reauthenticated } from '../support/reauthentication';
import { forgeJwt, nowSeconds, sessionClaims } from '../support/jwt';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';
import { createUser, testPassword } from '../support/users';

/** Booting the app and argon2 sign-ins take seconds on a busy machine. */
const bootTimeoutMs = 60_000;
jest.setTimeout(30_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('sessions: signing out ends the access token, sessions end, users end their own', () => {
  const accessSecret = randomBytes(32).toString('hex');
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  let admin: LoginResponse;

  beforeAll(async () => {
    subject = await startTestApp({ env: { JWT_ACCESS_SECRET: accessSecret } });
    http = request(subject.app.getHttpServer());
    admin = await signIn(http, 'admin');
  }, bootTimeoutMs);
  afterAll(() => subject?.close());

  const me = (token: string) => http.get('/api/auth/me').set(bearer(token));
  const refresh = (refreshToken: string, key?: string) => {
    const call = http.post('/api/auth/refresh');
    return (key === undefined ? call : call.set('Idempotency-Key', key)).send({ refreshToken });
  };
  const logout = (refreshToken: string) =>
    http.post('/api/auth/logout').send({ refreshToken }).expect(204);
  const expectUnauthenticated = async (token: string) => {
    const response = await me(token).expect(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(problemOf(response).code).toBe('auth/unauthenticated');
  };

  it('refuses the access token right after sign-out', async () => {
    const session = await signIn(http, 'customs');
    await me(session.accessToken).expect(200);
    await logout(session.refreshToken);
    await expectUnauthenticated(session.accessToken);
    await refresh(session.refreshToken).expect(401);
  });

  it('refuses it within the cache bound when another API process ended the session', async () => {
    const session = await signIn(http, 'prosecutor');
    // Cached as live by this process; the session then ends behind its back, as through another.
    await me(session.accessToken).expect(200);
    await subject.app
      .get(DataSource)
      .query('UPDATE sessions SET revoked_at = now() WHERE id = $1', [
        sessionClaims(session.accessToken).sid,
      ]);
    const endedAt = Date.now();
    while ((await me(session.accessToken)).status === 200) {
      expect(Date.now() - endedAt).toBeLessThan(liveSessionCacheMs + 1_000);
      await sleep(200);
    }
    await expectUnauthenticated(session.accessToken);
  });

  it('gives no working token to a refresh replayed with its Idempotency-Key after sign-out', async () => {
    const session = await signIn(http, 'judiciary');
    const key = `refresh-${randomBytes(6).toString('hex')}`;
    const first = bodyOf<LoginResponse>(await refresh(session.refreshToken, key).expect(200));
    await logout(first.refreshToken);
    const replay = await refresh(session.refreshToken, key);
    // The stored answer may come back, but neither token in it works any more.
    if (replay.status === 200) {
      expect(replay.headers['idempotent-replayed']).toBe('true');
      const replayed = bodyOf<LoginResponse>(replay);
      await expectUnauthenticated(replayed.accessToken);
      const again = await refresh(replayed.refreshToken).expect(401);
      expect(problemOf(again).code).toBe('auth/refresh-token-revoked');
    } else {
      expect(replay.status).toBe(401);
    }
    await expectUnauthenticated(first.accessToken);
  });

  it('refuses tokens without exp, iss or aud, and with a wrong issuer or audience', async () => {
    const session = await signIn(http, 'analyst');
    const genuine = { ...sessionClaims(session.accessToken), exp: nowSeconds() + 600 };
    const header = { alg: 'HS256', typ: 'JWT' };
    const without = (claim: keyof typeof genuine) =>
      Object.fromEntries(Object.entries(genuine).filter(([name]) => name !== claim));
    const attacks = [
      without('exp'),
      without('iss'),
      without('aud'),
      without('sid'),
      { ...genuine, iss: 'someone-else' },
      { ...genuine, aud: 'greenchain-worker' },
      { ...genuine, aud: ['another-api'] },
    ];
    for (const claims of attacks)
      await expectUnauthenticated(forgeJwt(header, claims, accessSecret));
    // The genuine claims signed the same way pass: each refusal above is about its one change.
    await me(forgeJwt(header, genuine, accessSecret)).expect(200);
  });

  it('lists your sessions and ends one or all of the others', async () => {
    const email = `many-${randomBytes(4).toString('hex')}@kra.test`;
    await createUser(http, admin.accessToken, {
      email,
      role: 'customs',
      country: 'KE',
      agency: 'Kenya Revenue Authority - Customs',
    });
    const signInAs = (agent: string) =>
      http
        .post('/api/auth/login')
        .set('User-Agent', agent)
        .send({ email, password: testPassword })
        .expect(200)
        .then((response) => bodyOf<LoginResponse>(response));
    const laptop = await signInAs('laptop');
    const phone = await signInAs('phone');
    const tablet = await signInAs('tablet');
    const list = (token: string) =>
      http
        .get('/api/auth/sessions')
        .set(bearer(token))
        .expect(200)
        .then((response) => bodyOf<SessionRecord[]>(response));
    const listed = await list(laptop.accessToken);
    expect(listed.map((session) => [session.userAgent, session.current])).toEqual([
      ['tablet', false],
      ['phone', false],
      ['laptop', true],
    ]);
    expect(listed[0]).toMatchObject({ clientAddress: expect.any(String) as string });
    const tabletId = sessionClaims(tablet.accessToken).sid;
    expect(
      bodyOf<EndedSessions>(
        await http
          .post(`/api/auth/sessions/${tabletId}/end`)
          .set(bearer(laptop.accessToken))
          .expect(200),
      ),
    ).toEqual({ ended: 1 });
    await expectUnauthenticated(tablet.accessToken);
    // Another user's session is not yours to end, and looks like no session at all.
    const notYours = await http
      .post(`/api/auth/sessions/${sessionClaims(admin.accessToken).sid}/end`)
      .set(bearer(laptop.accessToken))
      .expect(404);
    expect(problemOf(notYours).field).toBe('sessionId');
    await me(admin.accessToken).expect(200);
    const ended = await http
      .post('/api/auth/sessions/end-others')
      .set(bearer(laptop.accessToken))
      .expect(200);
    expect(bodyOf<EndedSessions>(ended)).toEqual({ ended: 1 });
    await expectUnauthenticated(phone.accessToken);
    await refresh(phone.refreshToken).expect(401);
    await me(laptop.accessToken).expect(200);
    expect((await list(laptop.accessToken)).map((session) => session.userAgent)).toEqual([
      'laptop',
    ]);
  });

  it("ends a user's sessions when an administrator changes their role", async () => {
    const user = await createUser(http, admin.accessToken, {
      email: `promoted-${randomBytes(4).toString('hex')}@kra.test`,
      role: 'customs',
      country: 'KE',
      agency: 'Kenya Revenue Authority - Customs',
    });
    const session = await signIn(http, 'customs', { email: user.email, password: testPassword });
    await me(session.accessToken).expect(200);
    await http
      .patch(`/api/users/${user.id}`)
      .set(await reauthenticated(http, admin.accessToken))
      .send({ role: 'prosecutor' })
      .expect(200);
    await expectUnauthenticated(session.accessToken);
    await refresh(session.refreshToken).expect(401);
  });
});

describe('sessions: an absolute lifetime, however often refreshed', () => {
  const maxAgeSeconds = 4;
  let subject: TestApp;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    subject = await startTestApp({ env: { SESSION_MAX_AGE_SECONDS: String(maxAgeSeconds) } });
    http = request(subject.app.getHttpServer());
  }, bootTimeoutMs);
  afterAll(() => subject?.close());

  it('refuses refresh and access once the session is older than SESSION_MAX_AGE_SECONDS', async () => {
    let session = await signIn(http, 'customs');
    expect(session.refreshExpiresIn).toBeLessThanOrEqual(maxAgeSeconds);
    const [listed] = bodyOf<SessionRecord[]>(
      await http.get('/api/auth/sessions').set(bearer(session.accessToken)).expect(200),
    );
    const endsAt = Date.parse(listed?.expiresAt ?? '');
    // Rotating keeps the session alive only until its absolute end.
    while (Date.now() < endsAt - 1_500) {
      session = bodyOf<LoginResponse>(
        await http
          .post('/api/auth/refresh')
          .send({ refreshToken: session.refreshToken })
          .expect(200),
      );
      await sleep(300);
    }
    await sleep(endsAt + 200 - Date.now());
    const late = await http
      .post('/api/auth/refresh')
      .send({ refreshToken: session.refreshToken })
      .expect(401);
    expect(problemOf(late).code).toBe('auth/refresh-token-expired');
    await http.get('/api/auth/me').set(bearer(session.accessToken)).expect(401);
  });
});
