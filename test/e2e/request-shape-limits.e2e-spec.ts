import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { seizureRequest } from '../support/hcfc-22-case';
import { problemOf } from '../support/http';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Requests shaped to break the server rather than to say something: bodies and JSON parameters
 * nested past any real shape, and keys naming Object.prototype's members. Each is a 400
 * problem+json naming where it went wrong, and nothing is recorded. With API_DOCS off, the OpenAPI
 * document is not served.
 */
describe('request shape limits and closed documentation', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  let token: string;

  beforeAll(async () => {
    subject = await startTestApp({ env: { API_DOCS: 'false' } });
    http = request(subject.app.getHttpServer());
    token = (await signIn(http, 'customs')).accessToken;
  }, 60_000);
  afterAll(() => subject?.close(), 60_000);

  const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  const postCase = (body: string) =>
    http
      .post('/api/cases')
      .set(bearer(token))
      .set('Idempotency-Key', randomUUID())
      .set('Content-Type', 'application/json')
      .send(body);

  it('refuses a body nested deeper than 16 levels, up to the size limit, naming the body', async () => {
    const base = JSON.stringify(seizureRequest()).slice(1);
    for (const depth of [17, 1_000, 40_000]) {
      const response = await postCase(`{"deep":${nested(depth)},${base}`).expect(400);
      expect(problemOf(response)).toMatchObject({ code: 'request/too-deep', field: 'body' });
    }
  });

  it('refuses a key naming an Object.prototype member anywhere in a body, naming its path', async () => {
    for (const name of Object.getOwnPropertyNames(Object.prototype)) {
      const body = JSON.stringify(seizureRequest()).replace(
        '"location":{',
        `"location":{${JSON.stringify(name)}:{"polluted":true},`,
      );
      const response = await postCase(body).expect(400);
      expect(problemOf(response)).toMatchObject({
        code: 'request/reserved-key',
        field: `location.${name}`,
      });
    }
  });

  it('recorded nothing for any of the refused bodies', async () => {
    const [row] = await subject.app
      .get(DataSource)
      .query<{ n: string }[]>("SELECT count(*) AS n FROM events WHERE stream_id LIKE 'case-%'");
    expect(Number(row?.n)).toBe(0);
  });

  it('refuses a JSON query parameter nested too deep, naming the parameter', async () => {
    const response = await http
      .get('/api/cases')
      .query({ filter: `{"country":${nested(40)}}` })
      .set(bearer(token))
      .expect(400);
    expect(problemOf(response)).toMatchObject({ code: 'request/invalid', field: 'filter' });
  });

  it('serves no OpenAPI document when API_DOCS is off', async () => {
    await http.get('/api/docs-json').expect(404);
    await http.get('/api/docs').expect(404);
  });
});
