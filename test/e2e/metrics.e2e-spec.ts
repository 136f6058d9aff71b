import { type CommandResult } from '@greenchain/contracts';
import request from 'supertest';
import { seizureRequest } from '../support/hcfc-22-case';
import { bodyOf, problemOf } from '../support/http';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';

/** The value of one sample of the exposition text, or undefined when the series is absent. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const line = text
    .split('\n')
    .find(
      (candidate) =>
        candidate.startsWith(`${name}{`) && wanted.every((label) => candidate.includes(label)),
    );
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('Prometheus metrics at /metrics', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  let admin = '';
  let customs = '';

  const scraperToken = 'a-prometheus-scrape-token-of-40-characters';

  beforeAll(async () => {
    subject = await startTestApp({ env: { METRICS_TOKEN: scraperToken } });
    http = request(subject.app.getHttpServer());
    admin = (await signIn(http, 'admin')).accessToken;
    customs = (await signIn(http, 'customs')).accessToken;
  }, 60_000);
  afterAll(() => subject?.close());

  const scrape = async () =>
    (
      await http
        .get('/metrics')
        .set(bearer(admin))
        .expect(200)
        .expect('Content-Type', /text\/plain/)
    ).text;

  it('is for administrators only, outside the /api prefix', async () => {
    expect(problemOf(await http.get('/metrics').expect(401)).code).toBe('auth/unauthenticated');
    expect(problemOf(await http.get('/metrics').set(bearer(customs)).expect(403))).toMatchObject({
      code: 'auth/forbidden',
      detail: 'The role customs cannot read the service metrics.',
    });
    await http.get('/api/metrics').set(bearer(admin)).expect(404);
  });

  it('lets a scraper in with METRICS_TOKEN, and nobody with a wrong one', async () => {
    const text = (await http.get('/metrics').set(bearer(scraperToken)).expect(200)).text;
    expect(text).toContain('process_cpu_user_seconds_total');
    const wrong = await http
      .get('/metrics')
      .set(bearer(`${scraperToken}x`))
      .expect(401);
    expect(problemOf(wrong).code).toBe('auth/unauthenticated');
  });

  it('exposes process metrics, request durations by route pattern and status, and commands', async () => {
    const seizure = seizureRequest();
    const send = () =>
      http
        .post('/api/cases')
        .set(bearer(customs))
        .set('Idempotency-Key', 'metrics-seizure')
        .send(seizure)
        .expect(201);
    const created = bodyOf<CommandResult>(await send());
    await send();
    await http.get(`/api/cases/${created.id}`).set(bearer(customs)).expect(200);
    await http.get('/api/no-such-route').set(bearer(customs)).expect(404);
    const text = await scrape();
    expect(text).toContain('process_cpu_seconds_total');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
    expect(
      sample(text, 'http_request_duration_seconds_count', {
        method: 'POST',
        route: '/api/cases',
        status: '201',
      }),
    ).toBe(2);
    expect(
      sample(text, 'http_request_duration_seconds_count', {
        method: 'GET',
        route: '/api/cases/:caseId',
        status: '200',
      }),
    ).toBe(1);
    expect(
      sample(text, 'http_request_duration_seconds_count', { method: 'GET', status: '404' }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(text, 'greenchain_commands_total', { command: 'RecordSeizure', result: 'appended' }),
    ).toBe(1);
    expect(
      sample(text, 'greenchain_commands_total', { command: 'RecordSeizure', result: 'replayed' }),
    ).toBe(1);
    // Route patterns, never raw paths: no series per case or per typo.
    expect(text).not.toContain(created.id);
    expect(text).not.toContain('no-such-route');
  });

  it('counts refused commands apart', async () => {
    await http
      .post('/api/cases')
      .set(bearer(customs))
      .send({ ...seizureRequest(), route: { origin: 'XX' } })
      .expect(422);
    expect(
      sample(await scrape(), 'greenchain_commands_total', {
        command: 'RecordSeizure',
        result: 'refused',
      }),
    ).toBe(1);
  });
});
