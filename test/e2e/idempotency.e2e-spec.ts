import { type CommandResult, type LoginResponse, type UserRecord } from '@greenchain/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { seizureRequest } from '../support/hcfc-22-case';
import { bodyOf, problemOf } from '../support/http';
import { reauthenticated } from '../support/reauthentication';
import { bearer, demoEmail, demoPassword, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';
import { createUser, testPassword } from '../support/users';

/** Idempotency-Key on the POSTs that are not event-store commands. */
describe('Idempotency-Key on every POST', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  let admin = '';
  /** The administrator's token and re-authentication proof, which user changes and erasure need. */
  let adminReauthenticated: Record<string, string> = {};

  beforeAll(async () => {
    subject = await startTestApp();
    http = request(subject.app.getHttpServer());
    admin = (await signIn(http, 'admin')).accessToken;
    adminReauthenticated = await reauthenticated(http, admin);
  }, 60_000);
  afterAll(() => subject?.close());

  const count = async (sql: string, parameters: unknown[]) => {
    const [row] = await subject.app.get(DataSource).query<{ n: number }[]>(sql, parameters);
    return row?.n ?? -1;
  };
  const analyst = (email: string) => ({
    email,
    displayName: 'Analyst',
    password: 'a-long-enough-password',
    role: 'analyst',
    country: null,
    agency: 'UNEP',
  });
  const createAs = (headers: Record<string, string>, key: string, body: object) =>
    http.post('/api/users').set(headers).set('Idempotency-Key', key).send(body);

  it('creates a user once: a repeat answers the first response, another body 422', async () => {
    const first = await createAs(
      adminReauthenticated,
      'create-1',
      analyst('once@unep.test'),
    ).expect(201);
    const again = await createAs(
      adminReauthenticated,
      'create-1',
      analyst('once@unep.test'),
    ).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(bodyOf<UserRecord>(again)).toEqual(bodyOf<UserRecord>(first));
    expect(
      await count('SELECT count(*)::int AS n FROM users WHERE email = $1', ['once@unep.test']),
    ).toBe(1);
    const other = await createAs(
      adminReauthenticated,
      'create-1',
      analyst('other@unep.test'),
    ).expect(422);
    expect(problemOf(other)).toMatchObject({
      code: 'command/idempotency-key-reused',
      field: 'Idempotency-Key',
    });
    expect(
      await count('SELECT count(*)::int AS n FROM users WHERE email = $1', ['other@unep.test']),
    ).toBe(0);
  });

  it("scopes keys to their user: another administrator's same key is another request", async () => {
    const second = await createUser(http, admin, {
      email: 'second-admin@unep.test',
      role: 'admin',
      country: null,
      agency: 'UNEP',
    });
    const token = (await signIn(http, 'admin', { email: second.email, password: testPassword }))
      .accessToken;
    await createAs(
      await reauthenticated(http, token, testPassword),
      'create-1',
      analyst('scoped@unep.test'),
    ).expect(201);
    // Four argon2 passwords (create, sign in, re-authenticate, create) and a second factor to enrol
    // take seconds on a busy machine.
  }, 30_000);

  it('lets a burst of the same request create one user, the others replay or wait', async () => {
    const responses = await Promise.all(
      Array.from({ length: 8 }, () =>
        createAs(adminReauthenticated, 'burst', analyst('burst@unep.test')),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    const created = responses.filter((response) => response.status === 201);
    expect(new Set(created.map((response) => bodyOf<UserRecord>(response).id)).size).toBe(1);
    expect(
      await count('SELECT count(*)::int AS n FROM users WHERE email = $1', ['burst@unep.test']),
    ).toBe(1);
  });

  it('keeps no response of a refused request, so the key may be used again', async () => {
    await createAs(adminReauthenticated, 'after-refusal', {
      ...analyst('refused@unep.test'),
      role: 'x',
    }).expect(400);
    await createAs(adminReauthenticated, 'after-refusal', analyst('refused@unep.test')).expect(201);
  });

  it('forgets keys after a day: completions delete the expired ones', async () => {
    await subject.app.get(DataSource).query(
      `INSERT INTO idempotent_requests (key_hash, request_hash, salt, response, created_at)
       VALUES ('\\x01', '\\x01', '\\x01', '\\x01', now() - interval '25 hours')`,
    );
    await createAs(adminReauthenticated, 'expiry', analyst('expiry@unep.test')).expect(201);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM idempotent_requests WHERE key_hash = '\\x01'`,
        [],
      ),
    ).toBe(0);
  });

  it('erases a data subject once, answering the first erasure again', async () => {
    const erase = (subjectId: string) =>
      http
        .post(`/api/data-subjects/${subjectId}/erase`)
        .set(adminReauthenticated)
        .set('Idempotency-Key', 'erase-1');
    const first = bodyOf<{ erasedAt: string }>(await erase('subject-1').expect(200));
    const again = await erase('subject-1').expect(200);
    expect(bodyOf<{ erasedAt: string }>(again).erasedAt).toBe(first.erasedAt);
    expect(problemOf(await erase('subject-2').expect(422)).field).toBe('Idempotency-Key');
  });

  it('answers a repeated sign-in with the first session to the holder of the password only', async () => {
    const login = (password: string, email = demoEmail('customs')) =>
      http.post('/api/auth/login').set('Idempotency-Key', 'sign-in-1').send({ email, password });
    const sessions = () =>
      count(
        'SELECT count(*)::int AS n FROM refresh_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = $1',
        [demoEmail('customs')],
      );
    const first = bodyOf<LoginResponse>(await login(demoPassword).expect(200));
    const before = await sessions();
    const again = await login(demoPassword).expect(200);
    expect(bodyOf<LoginResponse>(again)).toEqual(first);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await sessions()).toBe(before);
    // The stored session is sealed under the password: a wrong one opens nothing.
    const wrong = await login('not-the-password').expect(422);
    expect(JSON.stringify(wrong.body)).not.toContain(first.refreshToken);
    // Keys belong to the credentials: the same key signing in as someone else is another request.
    const prosecutor = bodyOf<LoginResponse>(
      await login(demoPassword, demoEmail('prosecutor')).expect(200),
    );
    expect(prosecutor.user.role).toBe('prosecutor');
    // No token is ever stored in the clear.
    expect(
      await count(
        `SELECT count(*)::int AS n FROM idempotent_requests
          WHERE position(convert_to($1, 'UTF8') in response) > 0`,
        [first.refreshToken],
      ),
    ).toBe(0);
    // Five password checks (argon2, deliberately slow) exceed jest's default 5 s on a loaded machine.
  }, 30_000);

  it('answers a retried refresh with the same new tokens instead of revoking the session', async () => {
    const session = await signIn(http, 'judiciary');
    const refresh = () =>
      http
        .post('/api/auth/refresh')
        .set('Idempotency-Key', 'refresh-1')
        .send({ refreshToken: session.refreshToken });
    const first = bodyOf<LoginResponse>(await refresh().expect(200));
    const retried = bodyOf<LoginResponse>(await refresh().expect(200));
    expect(retried.refreshToken).toBe(first.refreshToken);
    // The session lives on: the rotated token still works.
    await http.post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200);
  });

  it('ends a session once and answers a repeated logout the same', async () => {
    const session = await signIn(http, 'analyst');
    const logout = () =>
      http
        .post('/api/auth/logout')
        .set('Idempotency-Key', 'logout-1')
        .send({ refreshToken: session.refreshToken });
    await logout().expect(204);
    const again = await logout().expect(204);
    expect(again.headers['idempotent-replayed']).toBe('true');
  });

  it('refuses a malformed key naming the header, and leaves commands to the event store, whose repeat says it too', async () => {
    const bad = await http
      .post('/api/users')
      .set(adminReauthenticated)
      .set('Idempotency-Key', 'with space')
      .send(analyst('bad-key@unep.test'))
      .expect(400);
    expect(problemOf(bad)).toMatchObject({
      code: 'request/invalid-idempotency-key',
      field: 'Idempotency-Key',
    });
    const customs = (await signIn(http, 'customs')).accessToken;
    const seizure = seizureRequest();
    const seize = () =>
      http
        .post('/api/cases')
        .set(bearer(customs))
        .set('Idempotency-Key', 'command-1')
        .send(seizure)
        .expect(201);
    const first = bodyOf<CommandResult>(await seize());
    const replay = await seize();
    expect(bodyOf<CommandResult>(replay)).toMatchObject({ id: first.id, replayed: true });
    expect(replay.headers['idempotent-replayed']).toBe('true');
  });
});
