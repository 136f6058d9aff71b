import { type LoginResponse, type UserRecord } from '@greenchain/contracts';
import request from 'supertest';
import { problemOf } from '../support/http';
import { reauthenticated } from '../support/reauthentication';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';
import { createUser, testPassword } from '../support/users';

/** Long enough and hard to guess: zxcvbn scores them 4. */
const strong = ['mangrove-ledger-quietly-41', 'copper heron at dusk 77'];

jest.setTimeout(30_000);

/** Sign-in is throttled (10 a minute), so each test signs in only where it proves something. */
describe('passwords: the policy and own changes', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  let admin: LoginResponse;
  let adminReauthenticated: Record<string, string> = {};

  beforeAll(async () => {
    subject = await startTestApp();
    http = request(subject.app.getHttpServer());
    admin = await signIn(http, 'admin');
    adminReauthenticated = await reauthenticated(http, admin.accessToken);
  }, 60_000);
  afterAll(() => subject?.close());

  const analyst = (email: string, password: string) => ({
    email,
    displayName: 'Policy analyst',
    password,
    role: 'analyst',
    country: null,
    agency: 'UNEP',
  });
  const createAnalyst = (email: string, password: string) =>
    http.post('/api/users').set(adminReauthenticated).send(analyst(email, password));
  const changeOwn = (session: LoginResponse, body: object) =>
    http.post('/api/auth/password').set(bearer(session.accessToken)).send(body);
  const refresh = (session: LoginResponse) =>
    http.post('/api/auth/refresh').send({ refreshToken: session.refreshToken });
  const login = (email: string, password: string) =>
    http.post('/api/auth/login').send({ email, password });

  describe('when an administrator creates a user', () => {
    it('refuses a short password with 400 naming the field', async () => {
      const response = await createAnalyst('short@unep.test', 'Xq7#vL2!mK9').expect(400);
      expect(problemOf(response)).toMatchObject({ code: 'request/invalid', field: 'password' });
    });

    it.each([
      ['a breached password', 'password1234'],
      ['a keyboard walk', 'qwertyuiopasdf'],
      ["the user's own email", 'weak.owner@unep.test'],
    ])('refuses %s with 422 naming the field and saying why', async (_, password) => {
      const response = await createAnalyst('weak.owner@unep.test', password).expect(422);
      const problem = problemOf(response);
      expect(problem).toMatchObject({ code: 'user/password-too-weak', field: 'password' });
      expect(problem.detail).toMatch(/^This password is too easy to guess\. \S/);
      expect(problem.suggestions).toEqual(expect.arrayContaining([expect.any(String)]));
      const listed = await http
        .get('/api/users')
        .query({ filter: JSON.stringify({ q: 'weak.owner' }) })
        .set(bearer(admin.accessToken))
        .expect(200);
      expect(listed.body).toEqual([]);
    });

    it('accepts a strong one', async () => {
      await createAnalyst('strong@unep.test', strong[0] ?? '').expect(201);
      await login('strong@unep.test', strong[0] ?? '').expect(200);
    });
  });

  describe('when users change their own password', () => {
    let user: UserRecord;
    let here: LoginResponse;
    let elsewhere: LoginResponse;

    beforeAll(async () => {
      user = await createUser(http, admin.accessToken, {
        email: 'changer@kra.test',
        role: 'customs',
        country: 'KE',
        agency: 'Kenya Revenue Authority - Customs',
      });
      const credentials = { email: user.email, password: testPassword };
      here = await signIn(http, 'customs', credentials);
      elsewhere = await signIn(http, 'customs', credentials);
    });

    it('needs the right current password, naming currentPassword', async () => {
      const wrong = await changeOwn(here, {
        currentPassword: 'not-my-password',
        newPassword: strong[1],
      }).expect(422);
      expect(problemOf(wrong)).toMatchObject({
        code: 'auth/wrong-password',
        field: 'currentPassword',
      });
    });

    it('applies the policy to the new one, naming newPassword', async () => {
      const weak = await changeOwn(here, {
        currentPassword: testPassword,
        newPassword: 'password1234',
      }).expect(422);
      expect(problemOf(weak)).toMatchObject({
        code: 'user/password-too-weak',
        field: 'newPassword',
      });
      const short = await changeOwn(here, {
        currentPassword: testPassword,
        newPassword: 'Xq7#vL2!',
      }).expect(400);
      expect(problemOf(short).field).toBe('newPassword');
      const same = await changeOwn(here, {
        currentPassword: testPassword,
        newPassword: testPassword,
      }).expect(422);
      expect(problemOf(same)).toMatchObject({
        code: 'user/password-unchanged',
        field: 'newPassword',
      });
    });

    it('changes it: the old one stops working, other sessions end, this one stays', async () => {
      await changeOwn(here, {
        currentPassword: testPassword,
        newPassword: strong[1],
      }).expect(204);
      await login(user.email, testPassword).expect(401);
      await login(user.email, strong[1] ?? '').expect(200);
      expect(problemOf(await refresh(elsewhere).expect(401)).code).toBe(
        'auth/refresh-token-revoked',
      );
      await refresh(here).expect(200);
    });
  });
});
