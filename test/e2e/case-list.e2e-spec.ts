import { type CommandResult } from '@greenchain/contracts';
import { type CaseSummary } from '@greenchain/read-models';
import { expectEventually } from '@greenchain/testing';
import request from 'supertest';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { seizureRequest } from '../support/hcfc-22-case';
import { bodyOf, problemOf } from '../support/http';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';

describe('the case list over the case_summary read model', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    subject = await startTestApp({ with: [WorkerModule] });
    http = request(subject.app.getHttpServer());
    for (const role of ['customs', 'analyst', 'admin'] as const) {
      tokens[role] = (await signIn(http, role)).accessToken;
    }
  }, 60_000);
  afterAll(() => subject.close());

  it('lists a recorded case once projected, with Content-Range, to officers and analysts', async () => {
    const created = bodyOf<CommandResult>(
      await http
        .post('/api/cases')
        .set(bearer(tokens.customs ?? ''))
        .send(seizureRequest)
        .expect(201),
    );
    const page = await expectEventually(
      async () => {
        const response = await http
          .get('/api/cases')
          .query({ range: '[0,9]', sort: '["seizedOn","DESC"]' })
          .set(bearer(tokens.customs ?? ''))
          .expect(200);
        expect(bodyOf<CaseSummary[]>(response).map((row) => row.id)).toContain(created.id);
        return response;
      },
      { timeoutMs: 20_000 },
    );
    expect(page.headers['content-range']).toBe('cases 0-0/1');
    const analyst = await http
      .get('/api/cases')
      .set(bearer(tokens.analyst ?? ''))
      .expect(200);
    expect(bodyOf<CaseSummary[]>(analyst)[0]).toMatchObject({ id: created.id, country: 'KE' });
    await http
      .get('/api/cases')
      .set(bearer(tokens.admin ?? ''))
      .expect(403);
  }, 30_000);

  it('names the list parameter that is wrong', async () => {
    const sort = await http
      .get('/api/cases')
      .query({ sort: '["password","ASC"]' })
      .set(bearer(tokens.customs ?? ''))
      .expect(400);
    expect(problemOf(sort).field).toBe('sort');
    const range = await http
      .get('/api/cases')
      .query({ range: '[5,1]' })
      .set(bearer(tokens.customs ?? ''))
      .expect(400);
    expect(problemOf(range).field).toBe('range');
    const filter = await http
      .get('/api/cases')
      .query({ filter: '{"seizedFrom":"not-a-date","stalled":true}' })
      .set(bearer(tokens.customs ?? ''))
      .expect(400);
    expect(problemOf(filter).field).toBe('filter');
  });
});
