import { randomUUID } from 'node:crypto';
import { type CommandResult } from '@greenchain/contracts';
import { type SeizureDetails, caseStream } from '@greenchain/domain';
import { EventStore } from '@greenchain/event-store';
import { type CaseSummary } from '@greenchain/read-models';
import { expectEventually } from '@greenchain/testing';
import request from 'supertest';
import { type CaseDetailResponse } from '../../apps/api/src/cases/case-detail.response';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { consigneeRequest, seizureRequest } from '../support/hcfc-22-case';
import { bodyOf, problemOf } from '../support/http';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';
import { signInNewUser, ugandanOfficer } from '../support/users';

/** A calendar day `days` from today (UTC), as YYYY-MM-DD. */
const dayFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('what a case command accepts, over HTTP', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    subject = await startTestApp({ with: [WorkerModule] });
    http = request(subject.app.getHttpServer());
    for (const role of ['customs', 'prosecutor', 'admin'] as const) {
      tokens[role] = (await signIn(http, role)).accessToken;
    }
    tokens.revenue = await signInNewUser(
      http,
      tokens.admin ?? '',
      ugandanOfficer('contract-officer@ura.test'),
    );
    tokens.wildlife = await signInNewUser(http, tokens.admin ?? '', {
      ...ugandanOfficer('contract-ranger@uwa.test'),
      agency: 'Uganda Wildlife Authority',
    });
  }, 90_000);
  afterAll(() => subject.close());

  const post = (path: string, body: object, token = tokens.customs ?? '') =>
    http.post(`/api/cases${path}`).set(bearer(token)).send(body);
  const newCase = async () =>
    bodyOf<CommandResult>(await post('', seizureRequest()).expect(201)).id;

  describe('the business date', () => {
    it('refuses a seizure dated after the time it is recorded, naming occurredAt', async () => {
      const response = await post('', { ...seizureRequest(), occurredAt: dayFromToday(3) });
      expect(response.status).toBe(422);
      expect(problemOf(response)).toMatchObject({
        code: 'value/date-in-future',
        field: 'occurredAt',
      });
    });

    it('refuses a later fact dated in the future too, and takes today', async () => {
      const caseId = await newCase();
      const party = (occurredAt: string) =>
        post(`/${caseId}/parties`, { ...consigneeRequest, occurredAt });
      expect(problemOf(await party(dayFromToday(2)).expect(422)).code).toBe('value/date-in-future');
      await party(dayFromToday(0)).expect(201);
    });
  });

  describe('the detection methods of a seizure', () => {
    const seizureOf = async (caseId: string) =>
      (
        bodyOf<CaseDetailResponse>(
          await http
            .get(`/api/cases/${caseId}`)
            .set(bearer(tokens.customs ?? ''))
            .expect(200),
        ).state as { seizure: SeizureDetails }
      ).seizure;
    const storedVersions = async (caseId: string) =>
      (
        await subject.database.dataSource.query<{ schema_version: number }[]>(
          'SELECT schema_version FROM events WHERE stream_id = $1',
          [caseStream.streamId(caseId)],
        )
      ).map((row) => row.schema_version);

    it('records several, stored as SeizureRecorded version 2', async () => {
      const caseId = await newCase();
      expect((await seizureOf(caseId)).detectionMethods).toEqual([
        'risk_profiling',
        'scanner_xray',
      ]);
      expect(await storedVersions(caseId)).toEqual([2]);
    });

    it('refuses none, or one twice, naming the field', async () => {
      const none = await post('', { ...seizureRequest(), detectionMethods: [] }).expect(422);
      expect(problemOf(none)).toMatchObject({
        code: 'value/invalid-list',
        field: 'detectionMethods',
      });
      const twice = await post('', {
        ...seizureRequest(),
        detectionMethods: ['scanner_xray', 'scanner_xray'],
      }).expect(422);
      expect(problemOf(twice).field).toBe('detectionMethods[1]');
    });

    it('reads a seizure stored at version 1 with its one method as a list', async () => {
      const caseId = randomUUID();
      const { detectionMethods, ...current } = {
        ...(await seizureOf(await newCase())),
        caseId,
      };
      expect(detectionMethods).toHaveLength(2);
      await subject.app.get(EventStore).appendToStream(
        caseStream.streamId(caseId),
        [
          {
            type: 'SeizureRecorded',
            schemaVersion: 1,
            data: { ...current, detectionMethod: 'intelligence_tip_off' },
          },
        ],
        { streamType: 'case', expectedVersion: 'no-stream' },
      );
      expect(await storedVersions(caseId)).toEqual([1]);
      const read = await seizureOf(caseId);
      expect(read.detectionMethods).toEqual(['intelligence_tip_off']);
      expect(read).not.toHaveProperty('detectionMethod');
    });
  });

  describe('the facts the treaty reports count', () => {
    it('records the day the movement began with the seizure, at SeizureRecorded version 2', async () => {
      const opened = bodyOf<CommandResult>(
        await post('', { ...seizureRequest(), movementStartedOn: '2024-02-12' }).expect(201),
      );
      const detail = bodyOf<CaseDetailResponse>(
        await http
          .get(`/api/cases/${opened.id}`)
          .set(bearer(tokens.customs ?? ''))
          .expect(200),
      ).state as { seizure: SeizureDetails };
      expect(detail.seizure.movementStartedOn).toBe('2024-02-12');
      const [stored] = await subject.database.dataSource.query<{ schema_version: number }[]>(
        'SELECT schema_version FROM events WHERE stream_id = $1',
        [caseStream.streamId(opened.id)],
      );
      expect(stored?.schema_version).toBe(2);
    });

    it('refuses a movement that began after the seizure, or in the future, naming it', async () => {
      const after = await post('', {
        ...seizureRequest(),
        movementStartedOn: '2024-03-02',
      }).expect(422);
      expect(problemOf(after)).toMatchObject({
        code: 'case/movement-after-seizure',
        field: 'movementStartedOn',
      });
      const future = await post('', {
        ...seizureRequest(),
        occurredAt: dayFromToday(0),
        movementStartedOn: dayFromToday(5),
      }).expect(422);
      expect(problemOf(future).field).toBe('movementStartedOn');
      const notADate = await post('', { ...seizureRequest(), movementStartedOn: '12/02/2024' });
      expect(problemOf(notADate)).toMatchObject({ field: 'movementStartedOn' });
    });

    it("records a person's sex and age band, and refuses values outside their lists", async () => {
      const caseId = await newCase();
      await post(`/${caseId}/parties`, {
        ...consigneeRequest,
        sex: 'female',
        ageBand: 'juvenile',
      }).expect(201);
      const unknownSex = await post(`/${caseId}/parties`, { ...consigneeRequest, sex: 'F' });
      expect(unknownSex.status).toBe(400);
      expect(problemOf(unknownSex).field).toBe('sex');
      const unknownBand = await post(`/${caseId}/parties`, {
        ...consigneeRequest,
        ageBand: '18-24',
      });
      expect(unknownBand.status).toBe(400);
      expect(problemOf(unknownBand).field).toBe('ageBand');
    });
  });

  it('tells a prosecutor acting on a settled case that it was settled', async () => {
    const caseId = await newCase();
    const partyId =
      bodyOf<CommandResult>(await post(`/${caseId}/parties`, consigneeRequest).expect(201)).created
        .partyId ?? '';
    await post(`/${caseId}/settle-administratively`, {
      occurredAt: '2024-03-05',
      partyIds: [partyId],
      penaltyLines: [{ type: 'fine', amount: { amount: 5000, currency: 'KES' } }],
      reExportOrder: true,
    }).expect(200);
    const accept = await post(
      `/${caseId}/referrals/${randomUUID()}/accept`,
      { occurredAt: '2024-03-06' },
      tokens.prosecutor,
    );
    expect(accept.status).toBe(422);
    expect(problemOf(accept).code).toBe('case/settled');
  });

  it('opens a shared case to the agency the share names, not to another agency of that country', async () => {
    const caseId = await newCase();
    await post(`/${caseId}/shares`, {
      occurredAt: '2024-03-05',
      country: 'UG',
      agency: 'Uganda Revenue Authority',
      fields: ['seizure'],
      until: '2999-12-31',
    }).expect(201);
    const listOf = async (token: string) =>
      bodyOf<CaseSummary[]>(
        await http
          .get('/api/cases')
          .query({ filter: JSON.stringify({ id: [caseId] }) })
          .set(bearer(token))
          .expect(200),
      ).map((row) => row.id);
    await expectEventually(
      async () => expect(await listOf(tokens.revenue ?? '')).toEqual([caseId]),
      {
        timeoutMs: 20_000,
      },
    );
    expect(await listOf(tokens.wildlife ?? '')).toEqual([]);
    const detail = (token: string) => http.get(`/api/cases/${caseId}`).set(bearer(token));
    await detail(tokens.revenue ?? '').expect(200);
    expect(problemOf(await detail(tokens.wildlife ?? '').expect(404)).code).toBe(
      'resource/not-found',
    );
  }, 40_000);
});
