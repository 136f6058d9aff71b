import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { problemOf } from '../support/http';
import { bearer, demoEmail, demoPassword, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';
import { createUser, testPassword } from '../support/users';

/** Booting the app and argon2 sign-ins take seconds on a busy machine. */
const bootTimeoutMs = 60_000;
// Thirty argon2 verifications and the waits between them, on a shared machine.
jest.setTimeout(240_000);

const userLimitPerMinute = 15;
let addresses = 0;
/** A new client address each call, as an attacker rotating X-Forwarded-For would send. */
const nextAddress = () => {
  addresses += 1;
  return `198.51.${(addresses >> 8) & 255}.${addresses & 255}`;
};

async function startWith(env: NodeJS.ProcessEnv) {
  const subject = await startTestApp({
    env: { RATE_LIMIT_USER_PER_MINUTE: String(userLimitPerMinute), ...env },
  });
  return { subject, http: request(subject.app.getHttpServer()) };
}

type Http = ReturnType<typeof request>;

const newOfficer = (http: Http, adminToken: string) =>
  createUser(http, adminToken, {
    email: `officer-${randomBytes(4).toString('hex')}@kra.test`,
    role: 'customs',
    country: 'KE',
    agency: 'Kenya Revenue Authority - Customs',
  });

/** 30 wrong passwords for one account, each from a new X-Forwarded-For address. */
async function guess(http: Http, email: string) {
  const responses = [];
  for (let attempt = 0; attempt < 30; attempt += 1) {
    responses.push(
      await http
        .post('/api/auth/login')
        .set('X-Forwarded-For', nextAddress())
        .send({ email, password: `guess-${attempt}` }),
    );
  }
  return responses;
}

function expectThrottled(
  responses: { status: number; headers: Record<string, string>; body: unknown }[],
) {
  const refused = responses.filter((response) => response.status === 429);
  expect(refused.length).toBeGreaterThanOrEqual(5);
  for (const response of refused) {
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(problemOf(response).code).toBe('auth/sign-in-throttled');
  }
  expect(responses.every((response) => [401, 429].includes(response.status))).toBe(true);
}

describe('sign-in throttling and request limits, without a trusted proxy', () => {
  let subject: TestApp;
  let http: Http;
  let adminToken: string;

  beforeAll(async () => {
    ({ subject, http } = await startWith({}));
    adminToken = (await signIn(http, 'admin')).accessToken;
  }, bootTimeoutMs);
  afterAll(() => subject?.close());

  it("ignores X-Forwarded-For: one person's typos wait, a colleague at the same address signs in", async () => {
    const typist = await newOfficer(http, adminToken);
    const colleague = await newOfficer(http, adminToken);
    const responses = await guess(http, typist.email);
    // Without a trusted proxy every attempt comes from this one address: waits begin at the fifth.
    expect(responses.slice(0, 5).map((response) => response.status)).toEqual([
      401, 401, 401, 401, 401,
    ]);
    expectThrottled(responses);
    // The colleague at the same address does not wait at all.
    await signIn(http, 'customs', { email: colleague.email, password: testPassword });
  });

  it('holds back parallel guesses like sequential ones', async () => {
    const target = await newOfficer(http, adminToken);
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, attempt) =>
        http.post('/api/auth/login').send({ email: target.email, password: `burst-${attempt}` }),
      ),
    );
    // Five free attempts, and one more through the gate before the first wait is set.
    const checked = responses.filter((response) => response.status === 401);
    expect(checked.length).toBeLessThanOrEqual(6);
    expectThrottled(responses);
  });

  it('limits signed-in traffic per user, so a colleague at the same address goes on', async () => {
    const first = await newOfficer(http, adminToken);
    const second = await newOfficer(http, adminToken);
    const firstToken = (
      await signIn(http, 'customs', { email: first.email, password: testPassword })
    ).accessToken;
    const secondToken = (
      await signIn(http, 'customs', { email: second.email, password: testPassword })
    ).accessToken;
    const me = (token: string) => http.get('/api/auth/me').set(bearer(token));
    for (let call = 0; call < userLimitPerMinute; call += 1) await me(firstToken).expect(200);
    const limited = await me(firstToken).expect(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(problemOf(limited).code).toBe('request/rate-limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    await me(secondToken).expect(200);
  });
});

describe('sign-in throttling behind a trusted proxy (TRUST_PROXY)', () => {
  let subject: TestApp;
  let http: Http;
  let adminToken: string;

  beforeAll(async () => {
    ({ subject, http } = await startWith({ TRUST_PROXY: 'loopback' }));
    adminToken = (await signIn(http, 'admin')).accessToken;
  }, bootTimeoutMs);
  afterAll(() => subject?.close());

  it('stops guessing spread over many addresses by the per-account limit', async () => {
    const target = await newOfficer(http, adminToken);
    const responses = await guess(http, target.email);
    // Every attempt has an address of its own, so only the account's own count can stop them.
    expect(responses.slice(0, 19).every((response) => response.status === 401)).toBe(true);
    expectThrottled(responses);
  });

  it('takes about as long for an unknown email as for a wrong password', async () => {
    const attempt = (email: string, password: string) => {
      const started = process.hrtime.bigint();
      return http
        .post('/api/auth/login')
        .set('X-Forwarded-For', nextAddress())
        .send({ email, password })
        .expect(401)
        .then(() => Number(process.hrtime.bigint() - started) / 1e6);
    };
    const wrongPassword: number[] = [];
    const unknownEmail: number[] = [];
    for (let round = 0; round < 8; round += 1) {
      const account = demoEmail(round % 2 === 0 ? 'customs' : 'prosecutor');
      wrongPassword.push(await attempt(account, `not-${demoPassword}`));
      unknownEmail.push(await attempt(`nobody-${round}@nowhere.test`, demoPassword));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
    // A loose check: without the stand-in hash an unknown email answers many times faster.
    const ratio = median(unknownEmail) / median(wrongPassword);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });
});
