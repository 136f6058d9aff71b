import request from 'supertest';
import { type HsCodeSuggestionResponse } from '../../apps/api/src/reference/hs-code-suggestion.response';
import { bodyOf, problemOf } from '../support/http';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';

describe('reference data over HTTP', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  let token: string;

  beforeAll(async () => {
    subject = await startTestApp();
    http = request(subject.app.getHttpServer());
    token = (await signIn(http, 'customs')).accessToken;
  }, 60_000);
  afterAll(() => subject.close());

  const get = (path: string, query: object = {}) =>
    http.get(`/api/reference${path}`).query(query).set(bearer(token));

  it('suggests HS codes as an officer types, with the agreements they point to', async () => {
    const found = bodyOf<HsCodeSuggestionResponse[]>(
      await get('/hs-codes', { q: '2903.7' }).expect(200),
    );
    expect(found.find((entry) => entry.code === '2903.71')).toMatchObject({
      description: 'HCFC-22',
      agreements: [expect.objectContaining({ code: 'MP' })],
    });
    const byWords = bodyOf<HsCodeSuggestionResponse[]>(
      await get('/hs-codes', { q: 'halon' }).expect(200),
    );
    expect(byWords.map((entry) => entry.code)).toEqual(['2903.76', '3827.20']);
  });

  it('names the parameter that is wrong', async () => {
    expect(problemOf(await get('/hs-codes').expect(400)).field).toBe('q');
    expect(problemOf(await get('/hs-codes', { q: '29', limit: 500 }).expect(400)).field).toBe(
      'limit',
    );
  });

  it('refuses a code whose heading HS 2022 does not have, as the domain does', async () => {
    const problem = problemOf(await get('/hs-codes/7701.10/agreements').expect(400));
    expect(problem).toMatchObject({ code: 'value/unknown-hs-heading', field: 'code' });
    await get('/hs-codes/2903.71/agreements').expect(200);
  });
});
