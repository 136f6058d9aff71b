import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expectEventually } from '@greenchain/testing';
import request from 'supertest';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { bodyOf, problemOf } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';
import { type LoginResponse } from '@greenchain/contracts';

const customs = { email: 'customs@demo.greenchain.test', password: 'greenchain-demo' };

describe('the foundation, on PostgreSQL and Redis', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    subject = await startTestApp({ with: [WorkerModule] });
    http = request(subject.app.getHttpServer());
    // Booting the API and the worker (migrations, every projection) takes seconds, as in every suite.
  }, 60_000);
  afterAll(() => subject?.close(), 60_000);

  it('is live at once and ready once a worker has taken a heartbeat job from Redis', async () => {
    await http.get('/health/live').expect(200, { status: 'ok' });
    const ready = await expectEventually(async () => {
      const response = await http.get('/health/ready');
      expect(response.status).toBe(200);
      return response.body as { details: Record<string, { status: string; backend?: string }> };
    });
    expect(ready.details.database?.status).toBe('up');
    expect(ready.details.queue).toEqual({ status: 'up', backend: 'redis' });
    expect(ready.details.worker?.status).toBe('up');
  });

  it('signs a demo user in and knows who they are', async () => {
    const login = await http.post('/api/auth/login').send(customs).expect(200);
    expect(login.body).toMatchObject({
      tokenType: 'Bearer',
      user: { role: 'customs', country: 'KE' },
    });
    const me = await http
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${bodyOf<LoginResponse>(login).accessToken}`)
      .expect(200);
    expect(me.body).toMatchObject({ email: customs.email, role: 'customs' });
  });

  it('refuses a wrong password and a missing token with problem+json', async () => {
    const wrong = await http
      .post('/api/auth/login')
      .send({ ...customs, password: 'guess' })
      .expect(401)
      .expect('Content-Type', /application\/problem\+json/);
    expect(wrong.body).toMatchObject({ status: 401, code: 'auth/invalid-credentials' });
    const anonymous = await http.get('/api/auth/me').expect(401);
    expect(problemOf(anonymous).code).toBe('auth/unauthenticated');
  });

  it('names the field that is wrong and rejects unknown fields', async () => {
    const response = await http
      .post('/api/auth/login')
      .send({ email: 'not-an-email', password: 'x', admin: true })
      .expect(400)
      .expect('Content-Type', /application\/problem\+json/);
    expect(problemOf(response).code).toBe('request/invalid');
    const fields = (problemOf(response).errors ?? []).map((error) => error.field);
    expect(fields.sort()).toEqual(['admin', 'email']);
  });

  it('answers malformed JSON and oversized bodies with 4xx problems, never 500', async () => {
    const malformed = await http
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email":')
      .expect(400);
    expect(problemOf(malformed)).toMatchObject({ code: 'request/malformed-json', field: 'body' });
    const huge = await http
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'a@b.org', password: 'x'.repeat(300_000) }))
      .expect(413);
    expect(problemOf(huge)).toMatchObject({ code: 'request/too-large', field: 'body' });
  });

  it('keeps a caller request id and makes one up otherwise', async () => {
    const kept = await http.get('/health/live').set('X-Request-Id', 'border-post-42').expect(200);
    expect(kept.headers['x-request-id']).toBe('border-post-42');
    const made = await http.get('/health/live').expect(200);
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers', async () => {
    const response = await http.get('/health/live');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('publishes an OpenAPI document that lists its routes', async () => {
    const document = await http.get('/api/docs-json').expect(200);
    expect(Object.keys(bodyOf<{ paths: object }>(document).paths)).toEqual(
      expect.arrayContaining(['/health/live', '/health/ready', '/api/auth/login', '/api/auth/me']),
    );
  });

  it('serves the console and sends the root there', async () => {
    expect(existsSync(join(process.cwd(), 'dist/admin/index.html'))).toBe(true);
    await http.get('/').expect(302).expect('Location', '/admin/');
    const page = await http.get('/admin/').expect(200);
    expect(page.text).toContain('<div id="root">');
  });
});

describe('readiness without a worker', () => {
  let subject: TestApp;
  beforeAll(async () => (subject = await startTestApp()));
  afterAll(() => subject?.close());

  it('is 503 with the failing check named', async () => {
    const response = await request(subject.app.getHttpServer()).get('/health/ready').expect(503);
    expect(response.body).toMatchObject({
      code: 'health/not-ready',
      checks: { database: { status: 'up' }, worker: { status: 'down' } },
    });
  });
});
