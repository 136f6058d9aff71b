import { createHash } from 'node:crypto';
import {
  type LoginResponse,
  type PasswordResetLink,
  resetPasswordPath,
  type UserRecord,
} from '@greenchain/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bodyOf, problemOf } from '../support/http';
import { reauthenticated } from '../support/reauthentication';
import { signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';
import { createUser, testPassword } from '../support/users';

/** Long enough and hard to guess: zxcvbn scores them 4. */
const strong = ['mangrove-ledger-quietly-41', 'copper heron at dusk 77', 'Tr0ub4dor&3 lantern'];

jest.setTimeout(30_000);

describe("password reset links: an administrator's one-time link, then a new password", () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  let admin: LoginResponse;
  let adminReauthenticated: Record<string, string> = {};
  let user: UserRecord;

  beforeAll(async () => {
    subject = await startTestApp();
    http = request(subject.app.getHttpServer());
    admin = await signIn(http, 'admin');
    adminReauthenticated = await reauthenticated(http, admin.accessToken);
    user = await createUser(http, admin.accessToken, {
      email: 'forgetful@kra.test',
      role: 'customs',
      country: 'KE',
      agency: 'Kenya Revenue Authority - Customs',
    });
  }, 60_000);
  afterAll(() => subject?.close());

  const login = (email: string, password: string) =>
    http.post('/api/auth/login').send({ email, password });
  const issueLink = async (userId: string) =>
    bodyOf<PasswordResetLink>(
      await http.post(`/api/users/${userId}/reset-link`).set(adminReauthenticated).expect(201),
    );
  const tokenOf = (link: PasswordResetLink) => link.path.slice(resetPasswordPath.length);
  const refresh = (session: LoginResponse) =>
    http.post('/api/auth/refresh').send({ refreshToken: session.refreshToken });
  const reset = (token: string, newPassword: string) =>
    http.post('/api/auth/password-reset').send({ token, newPassword });

  it('answers a console link with a random token, stored only as its hash, valid a day', async () => {
    const link = await issueLink(user.id);
    expect(link.path.startsWith(resetPasswordPath)).toBe(true);
    expect(tokenOf(link)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const hours = (Date.parse(link.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    const stored = await subject.app
      .get(DataSource)
      .query<Record<string, unknown>[]>(
        `SELECT *, encode(token_hash, 'hex') AS hex FROM password_reset_links WHERE user_id = $1`,
        [user.id],
      );
    expect(stored).toHaveLength(1);
    expect(stored[0]?.hex).toBe(createHash('sha256').update(tokenOf(link)).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(tokenOf(link));
  });

  it('works once: the policy applies, then the password is set and the link is dead', async () => {
    const session = await signIn(http, 'customs', { email: user.email, password: testPassword });
    const token = tokenOf(await issueLink(user.id));
    const weak = await reset(token, 'qwertyuiopasdf').expect(422);
    expect(problemOf(weak)).toMatchObject({
      code: 'user/password-too-weak',
      field: 'newPassword',
    });
    await reset(token, strong[2] ?? '').expect(204);
    await login(user.email, strong[2] ?? '').expect(200);
    await login(user.email, testPassword).expect(401);
    await refresh(session).expect(401);
    const again = await reset(token, strong[0] ?? '').expect(400);
    expect(problemOf(again)).toMatchObject({ code: 'auth/reset-link-invalid', field: 'token' });
    await login(user.email, strong[0] ?? '').expect(401);
  });

  it('kills an older link when a newer one is issued', async () => {
    const older = tokenOf(await issueLink(user.id));
    const newer = tokenOf(await issueLink(user.id));
    expect(problemOf(await reset(older, strong[0] ?? '').expect(400)).field).toBe('token');
    await reset(newer, strong[0] ?? '').expect(204);
    await login(user.email, strong[0] ?? '').expect(200);
  });

  it('refuses an expired link', async () => {
    const token = tokenOf(await issueLink(user.id));
    await subject.app
      .get(DataSource)
      .query(
        `UPDATE password_reset_links SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
        [user.id],
      );
    expect(problemOf(await reset(token, strong[1] ?? '').expect(400)).code).toBe(
      'auth/reset-link-invalid',
    );
    await login(user.email, strong[0] ?? '').expect(200);
  });

  it('answers 404 for an unknown user, and 403 to other roles', async () => {
    const unknown = await http
      .post('/api/users/00000000-0000-4000-8000-000000000000/reset-link')
      .set(adminReauthenticated)
      .expect(404);
    expect(problemOf(unknown).field).toBe('userId');
    const customs = await signIn(http, 'customs');
    await http
      .post(`/api/users/${user.id}/reset-link`)
      .set(await reauthenticated(http, customs.accessToken))
      .expect(403);
  });
});
