import {
  type LoginOutcome,
  type LoginResponse,
  type RecoveryCodes,
  type SecondFactorChallenge,
  type SecondFactorEnrolment,
  type SecondFactorStatus,
} from '@greenchain/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bodyOf, problemOf } from '../support/http';
import { nestRoutes } from '../support/nest-routes';
import { currentCode, enrolSecondFactor, rememberSecret } from '../support/second-factor';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';
import { createUser, testPassword } from '../support/users';

/** Sign-in and enrolment routes an administrator without a factor may still reach. */
const enrolmentRoutes = [
  'GET /auth/me',
  'GET /auth/second-factor',
  'POST /auth/second-factor/enrolment',
  'POST /auth/second-factor/enrolment/confirm',
  'POST /auth/second-factor/recovery-codes',
  'POST /auth/second-factor/disable',
];
const publicRoutes = [
  'GET /',
  'GET /health/live',
  'GET /health/ready',
  'GET /metrics',
  'POST /auth/login',
  'POST /auth/login/second-factor',
  'POST /auth/refresh',
  'POST /auth/logout',
  'POST /auth/password-reset',
];

/**
 * Sign-in routes allow 10 requests a minute per client: each part runs on an application of its own
 * so that one part's requests do not use up another's.
 */
function secondFactorApp() {
  const suite = { http: undefined as unknown as ReturnType<typeof request>, adminToken: '' };
  let subject: TestApp | undefined;
  beforeAll(async () => {
    subject = await startTestApp();
    suite.http = request(subject.app.getHttpServer());
    suite.adminToken = (await signIn(suite.http, 'admin')).accessToken;
  }, 60_000);
  afterAll(() => subject?.close(), 60_000);
  const login = async (email: string, password = testPassword) =>
    bodyOf<LoginOutcome>(
      await suite.http.post('/api/auth/login').send({ email, password }).expect(200),
    );
  const challengeFor = async (email: string) => {
    const outcome = await login(email);
    expect(outcome).toMatchObject({ secondFactorRequired: true, expiresIn: 300 });
    return (outcome as SecondFactorChallenge).challenge;
  };
  const answer = (challenge: string, code: string) =>
    suite.http.post('/api/auth/login/second-factor').send({ challenge, code });
  const app = () => {
    if (!subject) throw new Error('the application has not started');
    return subject.app;
  };
  return { suite, login, challengeFor, answer, app };
}

describe('TOTP second factor over HTTP: enrolment and sign-in', () => {
  const { suite, login, challengeFor, answer, app } = secondFactorApp();

  it('enrols, confirms, then asks for a code at sign-in; wrong and replayed codes are refused', async () => {
    const email = 'officer.2fa@kra.example';
    await createUser(suite.http, suite.adminToken, {
      email,
      role: 'customs',
      country: 'KE',
      agency: 'KRA',
    });
    const first = await login(email);
    expect(first).toMatchObject({ secondFactorEnrolmentRequired: false });
    const token = (first as LoginResponse).accessToken;
    const status = () => suite.http.get('/api/auth/second-factor').set(bearer(token)).expect(200);
    expect(bodyOf<SecondFactorStatus>(await status())).toEqual({
      enabled: false,
      required: false,
      recoveryCodesLeft: 0,
    });

    const enrolment = bodyOf<SecondFactorEnrolment>(
      await suite.http.post('/api/auth/second-factor/enrolment').set(bearer(token)).expect(200),
    );
    expect(enrolment.otpauthUri).toBe(
      `otpauth://totp/Greenchain:officer.2fa%40kra.example?secret=${enrolment.secret}&issuer=Greenchain`,
    );
    expect(enrolment.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(enrolment.qrCode.split(',')[1] ?? '', 'base64').toString()).toContain(
      '<svg',
    );
    // Not on until confirmed: the password alone still signs in.
    expect(await login(email)).toHaveProperty('accessToken');
    // The secret is sealed at rest.
    const [stored] = await app()
      .get(DataSource)
      .query<{ sealed: string }[]>(
        `SELECT encode(secret_sealed, 'escape') AS sealed FROM second_factors f
           JOIN users u ON u.id = f.user_id WHERE u.email = $1`,
        [email],
      );
    expect(stored?.sealed).not.toContain(enrolment.secret);

    const confirm = (code: string) =>
      suite.http
        .post('/api/auth/second-factor/enrolment/confirm')
        .set(bearer(token))
        .send({ code });
    const wrong = await confirm('000000').expect(422);
    expect(problemOf(wrong)).toMatchObject({
      code: 'auth/second-factor-code-invalid',
      field: 'code',
    });
    rememberSecret(email, enrolment.secret);
    const { recoveryCodes } = bodyOf<RecoveryCodes>(
      await confirm(await currentCode(email)).expect(200),
    );
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(bodyOf<SecondFactorStatus>(await status())).toEqual({
      enabled: true,
      required: false,
      recoveryCodesLeft: 10,
    });
    await suite.http.post('/api/auth/second-factor/enrolment').set(bearer(token)).expect(409);

    // The password alone no longer signs in.
    const challenge = await challengeFor(email);
    expect(await login(email)).not.toHaveProperty('accessToken');
    const refused = await answer(challenge, '000000').expect(401);
    expect(problemOf(refused)).toMatchObject({
      code: 'auth/second-factor-code-invalid',
      field: 'code',
    });
    const code = await currentCode(email);
    const session = bodyOf<LoginResponse>(await answer(challenge, code).expect(200));
    expect(session).toMatchObject({
      tokenType: 'Bearer',
      user: { email },
      secondFactorEnrolmentRequired: false,
    });
    await suite.http.get('/api/auth/me').set(bearer(session.accessToken)).expect(200);
    // The challenge is spent, and the same code does not open a new one: a replay.
    expect(problemOf(await answer(challenge, code).expect(401)).code).toBe(
      'auth/second-factor-challenge-invalid',
    );
    const replayed = await answer(await challengeFor(email), code).expect(401);
    expect(problemOf(replayed)).toMatchObject({
      code: 'auth/second-factor-code-used',
      field: 'code',
    });
  }, 120_000);
});

describe('TOTP second factor over HTTP: recovery codes, wrong codes, disabling', () => {
  const { suite, login, challengeFor, answer } = secondFactorApp();

  it('takes each recovery code once, ends a challenge after five wrong codes, and disables', async () => {
    const email = 'prosecutor.2fa@odpp.example';
    const user = { email, role: 'prosecutor' as const, country: 'KE', agency: 'ODPP' };
    await createUser(suite.http, suite.adminToken, user);
    const token = ((await login(email)) as LoginResponse).accessToken;
    const recoveryCodes = await enrolSecondFactor(suite.http, token, email);
    const recovery = recoveryCodes[0] ?? '';

    // Case, spaces and dashes do not matter; a code works once only.
    const typed = recovery.toLowerCase().replace(/-/g, ' ');
    await answer(await challengeFor(email), typed).expect(200);
    const again = await answer(await challengeFor(email), recovery).expect(401);
    expect(problemOf(again).code).toBe('auth/second-factor-code-invalid');
    const status = bodyOf<SecondFactorStatus>(
      await suite.http.get('/api/auth/second-factor').set(bearer(token)).expect(200),
    );
    expect(status.recoveryCodesLeft).toBe(9);

    const challenge = await challengeFor(email);
    for (let attempt = 1; attempt < 5; attempt += 1) {
      expect(problemOf(await answer(challenge, '999999').expect(401)).code).toBe(
        'auth/second-factor-code-invalid',
      );
    }
    expect(problemOf(await answer(challenge, '999999').expect(401)).code).toBe(
      'auth/second-factor-challenge-invalid',
    );
    // Dead: even the right code no longer opens it.
    expect(problemOf(await answer(challenge, await currentCode(email)).expect(401)).code).toBe(
      'auth/second-factor-challenge-invalid',
    );

    // New recovery codes replace the old ones.
    const regenerated = bodyOf<RecoveryCodes>(
      await suite.http
        .post('/api/auth/second-factor/recovery-codes')
        .set(bearer(token))
        .send({ code: recoveryCodes[1] })
        .expect(200),
    ).recoveryCodes;
    expect(regenerated).toHaveLength(10);
    expect(
      problemOf(await answer(await challengeFor(email), recoveryCodes[2] ?? '').expect(401)).code,
    ).toBe('auth/second-factor-code-invalid');

    const disable = (code: string) =>
      suite.http.post('/api/auth/second-factor/disable').set(bearer(token)).send({ code });
    expect(problemOf(await disable('123456').expect(422)).field).toBe('code');
    expect(problemOf(await disable('not a code at all!').expect(400)).field).toBe('code');
    await disable(await currentCode(email)).expect(204);
    expect(await login(email)).toHaveProperty('accessToken');
  }, 120_000);
});

describe('TOTP second factor over HTTP: administrators', () => {
  const { suite, app } = secondFactorApp();

  it('limits an administrator without a factor to enrolling one, on every other route', async () => {
    const email = 'new-admin@unep.test';
    await createUser(suite.http, suite.adminToken, {
      email,
      role: 'admin',
      country: null,
      agency: null,
    });
    const first = bodyOf<LoginResponse>(
      await suite.http.post('/api/auth/login').send({ email, password: testPassword }).expect(200),
    );
    expect(first.secondFactorEnrolmentRequired).toBe(true);
    const token = first.accessToken;
    const routes = nestRoutes(app()).filter(
      (route) => !enrolmentRoutes.includes(route.key) && !publicRoutes.includes(route.key),
    );
    expect(routes.length).toBeGreaterThan(40);
    const open: string[] = [];
    for (const route of routes) {
      const url = route.url.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');
      const response = await suite.http[route.method.toLowerCase() as 'get' | 'post' | 'patch'](url)
        .set(bearer(token))
        .send({});
      if (
        response.status !== 403 ||
        problemOf(response).code !== 'auth/second-factor-enrolment-required'
      )
        open.push(`${route.key}: ${response.status}`);
    }
    expect(open).toEqual([]);
    // Metrics is not public either: an administrator's token there is refused the same way.
    expect(problemOf(await suite.http.get('/metrics').set(bearer(token)).expect(403)).code).toBe(
      'auth/second-factor-enrolment-required',
    );
    await suite.http.get('/api/auth/me').set(bearer(token)).expect(200);
    expect(
      bodyOf<SecondFactorStatus>(
        await suite.http.get('/api/auth/second-factor').set(bearer(token)).expect(200),
      ),
    ).toMatchObject({ enabled: false, required: true });

    await enrolSecondFactor(suite.http, token, email);
    await suite.http.get('/api/users').set(bearer(token)).expect(200);
    // Disabling it limits them again.
    await suite.http
      .post('/api/auth/second-factor/disable')
      .set(bearer(token))
      .send({ code: await currentCode(email) })
      .expect(204);
    await suite.http.get('/api/users').set(bearer(token)).expect(403);
  }, 180_000);
});
