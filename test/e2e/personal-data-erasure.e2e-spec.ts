import { type CommandResult } from '@greenchain/contracts';
import { caseStream, evidenceStream } from '@greenchain/domain';
import { EventStore, personal } from '@greenchain/event-store';
import { expectEventually } from '@greenchain/testing';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { type CaseDetailResponse } from '../../apps/api/src/cases/case-detail.response';
import {
  type ExportStatusResponse,
  type FileJobQueuedResponse,
} from '../../apps/api/src/files/file-job.responses';
import { type IntegrityResponse } from '../../apps/api/src/records/integrity.response';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { consigneeRequest, referralRequest, seizureRequest } from '../support/hcfc-22-case';
import { bodyOf, problemOf } from '../support/http';
import { reauthenticated } from '../support/reauthentication';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';

/** A party recorded as a company, which turns out to be one man trading under his own name. */
const trader = {
  occurredAt: '2024-03-01',
  kind: 'company',
  role: 'consignor',
  name: 'Otieno Cylinders Trading',
  country: 'KE',
  registrationNumber: 'BN-2019-7731',
  address: 'Plot 7, Likoni Road, Mombasa',
  contact: 'Peter Otieno, +254 711 000111',
};
const traderAsPerson = {
  ...trader,
  occurredAt: '2024-03-05',
  kind: 'person',
  name: 'Peter Otieno',
  nationality: 'KE',
  dateOfBirth: '1969-11-30',
  idDocument: { type: 'passport', number: 'KE-22334455', country: 'KE' },
  dateOrderReason: 'Identity established by the registrar of business names',
};

/** Free text typed along the case, each naming the trader. */
const freeText = {
  concealment: 'Cylinders repainted in Otieno yard',
  summary: 'Peter Otieno imported 400 cylinders without a licence.',
  declineNote: 'Otieno cooperated and named his supplier.',
  exhibit: 'Photograph of Peter Otieno loading the truck',
  condition: 'Envelope torn by Otieno lawyer',
};
const traderIdentity = [
  'Peter Otieno',
  'Otieno Cylinders Trading',
  'Likoni Road',
  '1969-11-30',
  'KE-22334455',
  '+254 711 000111',
];

describe('erasure of a party amended from company to person, and free text as personal data', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  let dataSource: DataSource;
  const tokens: Record<string, string> = {};
  let caseId = '';
  let traderId = '';
  let evidenceId = '';

  beforeAll(async () => {
    subject = await startTestApp({ with: [WorkerModule] });
    http = request(subject.app.getHttpServer());
    dataSource = subject.app.get(DataSource);
    for (const role of ['customs', 'prosecutor', 'judiciary', 'analyst', 'admin'] as const) {
      tokens[role] = (await signIn(http, role)).accessToken;
    }
  }, 60_000);
  // Stopping the worker with the app takes a while on a busy machine.
  afterAll(() => subject?.close(), 30_000);

  const as = (who: string) => bearer(tokens[who] ?? '');
  /** Erasure asks the administrator to re-authenticate. */
  const reauthenticatedAdmin = () => reauthenticated(http, tokens.admin ?? '');
  const post = async (who: string, path: string, body: object, status = 200) =>
    bodyOf<CommandResult>(await http.post(path).set(as(who)).send(body).expect(status));
  const caseDetail = async (who: string) =>
    bodyOf<CaseDetailResponse>(await http.get(`/api/cases/${caseId}`).set(as(who)).expect(200));
  const evidenceDetail = async (who: string) =>
    JSON.stringify(
      (await http.get(`/api/evidence/${evidenceId}`).set(as(who)).expect(200)).body as unknown,
    );
  const rawEvents = async () =>
    JSON.stringify(
      await dataSource.query<{ data: unknown }[]>(
        `SELECT data FROM events WHERE stream_id = ANY($1::text[]) ORDER BY global_position`,
        [[caseStream.streamId(caseId), evidenceStream.streamId(evidenceId)]],
      ),
    );
  const exported = async (format: 'csv' | 'xlsx') => {
    const { id } = bodyOf<FileJobQueuedResponse>(
      await http.post('/api/exports').set(as('analyst')).send({ format }).expect(202),
    );
    await expectEventually(
      async () =>
        expect(
          bodyOf<ExportStatusResponse>(
            await http.get(`/api/exports/${id}`).set(as('analyst')).expect(200),
          ).status,
        ).toBe('done'),
      { timeoutMs: 30_000 },
    );
    const file = await http.get(`/api/exports/${id}/file`).set(as('analyst')).responseType('blob');
    if (format === 'csv') return (file.body as Buffer).toString('utf8');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(file.body as Buffer).buffer);
    return JSON.stringify(workbook.getWorksheet('cases')?.getSheetValues());
  };
  const expectNone = (text: string, secrets: readonly string[]) => {
    for (const secret of secrets) expect(text).not.toContain(secret);
  };

  it('records the case: a company amended to a person, another person, free text and an exhibit', async () => {
    caseId = (
      await post(
        'customs',
        '/api/cases',
        { ...seizureRequest(), concealmentNote: freeText.concealment },
        201,
      )
    ).id;
    traderId =
      (await post('customs', `/api/cases/${caseId}/parties`, trader, 201)).created.partyId ?? '';
    await post('customs', `/api/cases/${caseId}/parties`, consigneeRequest, 201);
    await post('customs', `/api/cases/${caseId}/parties/${traderId}/amend`, traderAsPerson);
    const referral = await post('customs', `/api/cases/${caseId}/refer-to-prosecution`, {
      ...referralRequest,
      summary: freeText.summary,
    });
    await post(
      'prosecutor',
      `/api/cases/${caseId}/referrals/${referral.created.referralId ?? ''}/accept`,
      { occurredAt: '2024-04-02' },
    );
    await post('prosecutor', `/api/cases/${caseId}/decline-prosecution`, {
      occurredAt: '2024-04-15',
      partyId: traderId,
      reasonCode: 'insufficient_evidence',
      note: freeText.declineNote,
    });
    const holder = { holderId: 'KRA-MSA-STORE', agency: 'Kenya Revenue Authority', country: 'KE' };
    evidenceId = (
      await post(
        'customs',
        '/api/evidence',
        {
          occurredAt: '2024-03-01',
          caseId,
          kind: 'photograph',
          description: freeText.exhibit,
          holder,
          place: 'KRA exhibit store, Mombasa',
        },
        201,
      )
    ).id;
    await post(
      'customs',
      `/api/evidence/${evidenceId}/transfers`,
      {
        occurredAt: '2024-03-25',
        fromHolderId: holder.holderId,
        to: { holderId: 'ODPP-MSA', agency: 'ODPP', country: 'KE' },
        place: 'ODPP Mombasa',
        condition: freeText.condition,
      },
      201,
    );
  });

  it('stores identifying fields and free text as ciphertext only', async () => {
    const raw = await rawEvents();
    expectNone(raw, [...traderIdentity, ...Object.values(freeText), consigneeRequest.name]);
    expect(raw).toContain('$encrypted');
    expect(raw).toContain(trader.registrationNumber);
  });

  it('shows the prosecutor the names and the free text', async () => {
    const text = JSON.stringify(await caseDetail('prosecutor'));
    for (const shown of ['Peter Otieno', trader.name, trader.address, consigneeRequest.name])
      expect(text).toContain(shown);
    for (const shown of [freeText.concealment, freeText.summary, freeText.declineNote])
      expect(text).toContain(shown);
    const exhibit = await evidenceDetail('prosecutor');
    expect(exhibit).toContain(freeText.exhibit);
    expect(exhibit).toContain(freeText.condition);
  });

  it('never shows an analyst the names or the free text: case, exhibit, list, search, exports', async () => {
    const seen = await caseDetail('analyst');
    expect(seen.personalData).toBe('redacted');
    const secrets = [...traderIdentity, ...Object.values(freeText), consigneeRequest.name];
    expectNone(JSON.stringify(seen), secrets);
    expect(JSON.stringify(seen)).toContain('"redacted":true');
    // Exhibits are not for analysts at all.
    await http.get(`/api/evidence/${evidenceId}`).set(as('analyst')).expect(404);
    await http.get(`/api/evidence/${evidenceId}/custody-record`).set(as('analyst')).expect(404);
    await expectEventually(
      async () => {
        const cases = await http.get('/api/cases').set(as('analyst')).expect(200);
        expect(bodyOf<{ id: string }[]>(cases).map((row) => row.id)).toContain(caseId);
        expectNone(JSON.stringify(cases.body), secrets);
      },
      { timeoutMs: 20_000 },
    );
    const searched = await http
      .get('/api/cases')
      .query({ filter: JSON.stringify({ q: 'Otieno' }) })
      .set(as('analyst'))
      .expect(200);
    expect(searched.body).toEqual([]);
    expectNone(await exported('csv'), secrets);
    expectNone(await exported('xlsx'), secrets);
  });

  it('erases the trader, his company-era fields and the free text of his case, not the other party', async () => {
    const erased = await http
      .post(`/api/data-subjects/${traderId}/erase`)
      .set(await reauthenticatedAdmin())
      .expect(200);
    expect(erased.body).toMatchObject({ subjectId: traderId, cases: [caseId] });
    const seen = await caseDetail('prosecutor');
    const text = JSON.stringify(seen);
    expectNone(text, [...traderIdentity, ...Object.values(freeText)]);
    const partyEvents = seen.timeline.filter(
      (entry) => (entry.data as { partyId?: string }).partyId === traderId,
    );
    expect(partyEvents.map((entry) => entry.type)).toEqual(['PartyAdded', 'PartyAmended']);
    for (const entry of partyEvents) {
      expect(entry.data).toMatchObject({
        name: { erased: true },
        address: { erased: true },
        contact: { erased: true },
        registrationNumber: trader.registrationNumber,
      });
    }
    expect(
      seen.timeline.find((entry) => entry.type === 'CaseReferredToProsecution')?.data,
    ).toMatchObject({ summary: { erased: true } });
    for (const shown of [consigneeRequest.name, consigneeRequest.address])
      expect(text).toContain(shown);
    const exhibit = await evidenceDetail('prosecutor');
    expectNone(exhibit, [freeText.exhibit, freeText.condition]);
    expect(exhibit).toContain('"erased":true');
    expectNone(await rawEvents(), [...traderIdentity, ...Object.values(freeText)]);
  });

  it('keeps both hash chains valid after erasure', async () => {
    for (const path of [
      `/api/cases/${caseId}/integrity`,
      `/api/evidence/${evidenceId}/integrity`,
    ]) {
      const verified = await http.get(path).set(as('judiciary')).expect(200);
      expect(bodyOf<IntegrityResponse>(verified)).toMatchObject({ valid: true });
    }
  });

  it('hides what earlier versions stored in clear: a company name, free text', async () => {
    const legacyCase = (await post('customs', '/api/cases', seizureRequest(), 201)).id;
    const legacyParty = 'a7d1c1a2-5b0e-4f7e-9a51-1c2d3e4f5a6b';
    const metadata = {
      actor: { userId: 'legacy', role: 'customs', agency: 'KRA', country: 'KE' },
      occurredAt: '2024-03-01',
    };
    // As recorded before: a company's name and address in clear, a person's fields encrypted,
    // free text in clear.
    await subject.app.get(EventStore).appendToStream(
      caseStream.streamId(legacyCase),
      [
        { type: 'PartyAdded', data: { ...trader, partyId: legacyParty }, metadata },
        {
          type: 'PartyAmended',
          data: {
            ...traderAsPerson,
            partyId: legacyParty,
            name: personal(legacyParty, traderAsPerson.name),
            address: personal(legacyParty, traderAsPerson.address),
            contact: personal(legacyParty, traderAsPerson.contact),
          },
          metadata,
        },
        {
          type: 'CaseReferredToProsecution',
          data: { referralId: 'r-legacy', office: 'ODPP', summary: freeText.summary },
          metadata,
        },
      ],
      { streamType: 'case', expectedVersion: 1 },
    );
    const read = async (who: string) =>
      JSON.stringify(
        (await http.get(`/api/cases/${legacyCase}`).set(as(who)).expect(200)).body as unknown,
      );
    expectNone(await read('analyst'), [trader.name, trader.address, freeText.summary]);
    expect(await read('prosecutor')).toContain(trader.name);
    await http
      .post(`/api/data-subjects/${legacyParty}/erase`)
      .set(await reauthenticatedAdmin())
      .expect(200);
    const after = await read('prosecutor');
    expectNone(after, [trader.name, trader.address, 'Peter Otieno', freeText.summary]);
    expect(after).toContain(trader.registrationNumber);
  });

  it('refuses new free text for the erased case, naming the case', async () => {
    const refused = await http
      .post(`/api/evidence/${evidenceId}/transfers`)
      .set(as('prosecutor'))
      .send({
        occurredAt: '2024-04-01',
        fromHolderId: 'ODPP-MSA',
        to: { holderId: 'KRA-MSA-STORE', agency: 'Kenya Revenue Authority', country: 'KE' },
        place: 'KRA exhibit store, Mombasa',
        condition: 'Otieno again',
      })
      .expect(422);
    expect(problemOf(refused)).toMatchObject({
      code: 'personal-data/subject-erased',
      field: 'caseId',
    });
  });
});
