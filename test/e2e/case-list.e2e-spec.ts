import { type CommandResult } from '@greenchain/contracts';
import { type CaseSummary } from '@greenchain/read-models';
import { expectEventually } from '@greenchain/testing';
import request from 'supertest';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { type CaseDetailResponse } from '../../apps/api/src/cases/case-detail.response';
import { consigneeRequest, itemRequest, seizureRequest } from '../support/hcfc-22-case';
import { bodyOf, problemOf } from '../support/http';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';
import { signInNewUser, ugandanOfficer } from '../support/users';

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
    tokens.uganda = await signInNewUser(
      http,
      tokens.admin ?? '',
      ugandanOfficer('list-officer@ura.test'),
    );
  }, 60_000);

  const post = (path: string, body: object, token = tokens.customs ?? '') =>
    http.post(`/api${path}`).set(bearer(token)).send(body);
  const listOf = async (token: string) =>
    bodyOf<CaseSummary[]>(
      await http.get('/api/cases').query({ range: '[0,99]' }).set(bearer(token)).expect(200),
    );
  afterAll(() => subject?.close());

  it('lists a recorded case once projected, with Content-Range, to officers and analysts', async () => {
    const created = bodyOf<CommandResult>(
      await http
        .post('/api/cases')
        .set(bearer(tokens.customs ?? ''))
        .send(seizureRequest())
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

  it("lists a case shared with the officer's country, only the shared parts, until revoked", async () => {
    const created = bodyOf<CommandResult>(await post('/cases', seizureRequest()).expect(201));
    await post(`/cases/${created.id}/items`, itemRequest).expect(201);
    await post(`/cases/${created.id}/parties`, consigneeRequest).expect(201);
    const share = bodyOf<CommandResult>(
      await post(`/cases/${created.id}/shares`, {
        occurredAt: '2024-03-05',
        country: 'UG',
        agency: 'Uganda Revenue Authority',
        fields: ['seizure', 'prosecution'],
        until: '2999-12-31',
      }).expect(201),
    );
    const ugandan = tokens.uganda ?? '';
    const row = await expectEventually(
      async () => {
        const found = (await listOf(ugandan)).find((candidate) => candidate.id === created.id);
        expect(found).toBeDefined();
        return found;
      },
      { timeoutMs: 20_000 },
    );
    expect(row).toMatchObject({
      sharedWithMe: true,
      country: 'KE',
      stage: 'DETECTION',
      outcome: expect.any(String) as string,
      port: seizureRequest().location.name,
      agreements: null,
      itemCount: null,
      defendantCount: null,
    });
    const own = (await listOf(tokens.customs ?? '')).find(
      (candidate) => candidate.id === created.id,
    );
    expect(own).toMatchObject({ sharedWithMe: false, agreements: ['MP'], defendantCount: 1 });

    const detail = bodyOf<CaseDetailResponse>(
      await http.get(`/api/cases/${created.id}`).set(bearer(ugandan)).expect(200),
    );
    expect(detail.stage).toBe('DETECTION');
    expect(detail.defendants).toEqual({});
    expect(Object.keys(detail.state as object)).not.toContain('parties');
    expect(Object.keys(detail.state as object)).not.toContain('items');
    expect(detail.timeline.map((entry) => entry.type)).toEqual(['SeizureRecorded']);
    expect(JSON.stringify(detail)).not.toContain(consigneeRequest.name);

    await post(`/cases/${created.id}/shares/${share.created.shareId ?? ''}/revoke`, {
      occurredAt: '2024-04-01',
    }).expect(200);
    await expectEventually(
      async () =>
        expect((await listOf(ugandan)).map((candidate) => candidate.id)).not.toContain(created.id),
      { timeoutMs: 20_000 },
    );
    await http.get(`/api/cases/${created.id}`).set(bearer(ugandan)).expect(404);
  }, 60_000);

  it('finds cases by text in their reference, port or agency, wildcards taken literally', async () => {
    const created = bodyOf<CommandResult>(await post('/cases', seizureRequest()).expect(201));
    const idsFor = async (q: string) =>
      bodyOf<CaseSummary[]>(
        await http
          .get('/api/cases')
          .query({ filter: JSON.stringify({ q }), range: '[0,99]' })
          .set(bearer(tokens.customs ?? ''))
          .expect(200),
      ).map((row) => row.id);
    await expectEventually(async () => expect(await idsFor('mombasa')).toContain(created.id), {
      timeoutMs: 20_000,
    });
    expect(await idsFor('krA/msa/2024')).toContain(created.id);
    expect(await idsFor('Revenue Authority')).toContain(created.id);
    expect(await idsFor('no such port')).toEqual([]);
    expect(await idsFor('%')).toEqual([]);
  }, 30_000);

  it('lists what a case awaits, since when and its next deadline, filtered by step and deadline', async () => {
    const created = bodyOf<CommandResult>(await post('/cases', seizureRequest()).expect(201));
    const rowsFor = async (filter: object) =>
      bodyOf<CaseSummary[]>(
        await http
          .get('/api/cases')
          .query({ filter: JSON.stringify({ id: created.id, ...filter }), range: '[0,9]' })
          .set(bearer(tokens.customs ?? ''))
          .expect(200),
      );
    const [row] = await expectEventually(
      async () => {
        const rows = await rowsFor({ awaiting: 'referral_decision' });
        expect(rows).toHaveLength(1);
        return rows;
      },
      { timeoutMs: 20_000 },
    );
    expect(row).toMatchObject({
      referralDecisionSince: '2024-03-01',
      chargeDecisionSince: null,
      verdictSince: null,
      nextDeadlineOn: '2024-03-31',
    });
    expect(await rowsFor({ awaiting: ['charge_decision', 'verdict'] })).toEqual([]);
    expect(await rowsFor({ awaitingSentence: true })).toEqual([]);
    expect(await rowsFor({ deadlineBy: '2024-03-30' })).toEqual([]);
    expect(await rowsFor({ deadlineBy: '2024-03-31' })).toHaveLength(1);
    const unknownStep = await http
      .get('/api/cases')
      .query({ filter: '{"awaiting":["sentence"]}' })
      .set(bearer(tokens.customs ?? ''))
      .expect(400);
    expect(problemOf(unknownStep).field).toBe('filter.awaiting');
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
