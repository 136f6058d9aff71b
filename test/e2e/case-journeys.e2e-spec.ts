import { caseStream } from '@greenchain/domain';
import request from 'supertest';
import { type CaseDetailResponse } from '../../apps/api/src/cases/case-detail.response';
import { type IntegrityResponse } from '../../apps/api/src/records/integrity.response';
import { type CommandResultResponse } from '../../apps/api/src/commands/command-result.response';
import {
  chargesRequest,
  consigneeRequest,
  declineRequest,
  forwarderRequest,
  itemRequest,
  referralRequest,
  seizureRequest,
  sentenceRequest,
  verdictRequest,
} from '../support/hcfc-22-case';
import { binary, bodyOf, problemOf } from '../support/http';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';

/** Booting the app and argon2 sign-ins take seconds on a busy machine. */
const bootTimeoutMs = 60_000;

describe('one HCFC-22 case through every role, over HTTP on PostgreSQL and Redis', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  const tokens: Record<string, string> = {};
  let caseId = '';
  let consigneeId = '';
  let forwarderId = '';
  let referralId = '';

  beforeAll(async () => {
    subject = await startTestApp();
    http = request(subject.app.getHttpServer());
    for (const role of ['customs', 'prosecutor', 'judiciary', 'analyst'] as const) {
      tokens[role] = (await signIn(http, role)).accessToken;
    }
  }, bootTimeoutMs);
  afterAll(() => subject?.close());

  const post = async (role: string, path: string, body: object, status = 200) => {
    const response = await http
      .post(`/api/cases${path}`)
      .set(bearer(tokens[role] ?? ''))
      .send(body);
    expect({ status: response.status, body: response.body as unknown }).toMatchObject({ status });
    expect(response.headers.etag).toBe(
      `"${bodyOf<CommandResultResponse>(response).streamVersion}"`,
    );
    return bodyOf<CommandResultResponse>(response);
  };
  const detail = async (role: string) =>
    bodyOf<CaseDetailResponse>(
      await http
        .get(`/api/cases/${caseId}`)
        .set(bearer(tokens[role] ?? ''))
        .expect(200),
    );

  it('customs records the seizure with an item and two defendants, and refers it', async () => {
    const seizure = await post('customs', '', seizureRequest('KRA/MSA/2024/0173'), 201);
    caseId = seizure.id;
    expect(seizure).toMatchObject({ streamId: caseStream.streamId(caseId), streamVersion: 1 });
    expect(seizure.globalPosition).toBeGreaterThan(0);
    await post('customs', `/${caseId}/items`, itemRequest, 201);
    consigneeId =
      (await post('customs', `/${caseId}/parties`, consigneeRequest, 201)).created.partyId ?? '';
    forwarderId =
      (await post('customs', `/${caseId}/parties`, forwarderRequest, 201)).created.partyId ?? '';
    const referral = await post('customs', `/${caseId}/refer-to-prosecution`, referralRequest);
    referralId = referral.created.referralId ?? '';
    expect(referral.streamVersion).toBe(5);
    expect((await detail('customs')).stage).toBe('REFERRED');
  });

  it('the prosecutor accepts, charges the consignee and declines the forwarder with a reason', async () => {
    await post('prosecutor', `/${caseId}/referrals/${referralId}/accept`, {
      occurredAt: '2024-04-02',
    });
    await post('prosecutor', `/${caseId}/defendants/${consigneeId}/charges`, chargesRequest);
    await post('prosecutor', `/${caseId}/decline-prosecution`, declineRequest(forwarderId));
    const seen = await detail('prosecutor');
    expect(seen.defendants).toEqual({
      [consigneeId]: { status: 'charged', stage: 'CHARGED' },
      [forwarderId]: { status: 'declined', stage: 'PROSECUTION' },
    });
  });

  it('the judiciary liaison records a conviction and a fine', async () => {
    await post('judiciary', `/${caseId}/defendants/${consigneeId}/verdict`, verdictRequest);
    await post('judiciary', `/${caseId}/defendants/${consigneeId}/sentence`, sentenceRequest);
  });

  it('the customs officer sees the outcome, with every fact and who recorded it', async () => {
    const seen = await detail('customs');
    expect(seen).toMatchObject({ stage: 'SENTENCED', outcome: 'concluded_with_sentence' });
    expect(seen.personalData).toBe('included');
    expect(seen.timeline.map((entry) => [entry.type, entry.actor?.role])).toEqual([
      ['SeizureRecorded', 'customs'],
      ['CommodityItemAdded', 'customs'],
      ['PartyAdded', 'customs'],
      ['PartyAdded', 'customs'],
      ['CaseReferredToProsecution', 'customs'],
      ['ReferralAccepted', 'prosecutor'],
      ['ChargesFiled', 'prosecutor'],
      ['ProsecutionDeclined', 'prosecutor'],
      ['VerdictRecorded', 'judiciary'],
      ['SentenceImposed', 'judiciary'],
    ]);
    expect(seen.timeline[9]).toMatchObject({
      occurredAt: '2024-09-24',
      actor: { agency: 'Judiciary of Kenya', country: 'KE' },
    });
    expect(Date.parse(seen.timeline[9]?.recordedAt ?? '')).toBeGreaterThan(0);
    expect(JSON.stringify(seen.state)).toContain('John Kamau');
    expect(seen.stepper.find((step) => step.status === 'current')?.stage).toBe('SENTENCED');
  });

  it('an analyst sees the case without personal fields', async () => {
    const seen = await detail('analyst');
    expect(seen).toMatchObject({ personalData: 'redacted', stage: 'SENTENCED' });
    const text = JSON.stringify(seen);
    for (const personal of [
      'John Kamau',
      '1975-04-12',
      'AK1234567',
      'Moi Avenue',
      'Mary Achieng',
      // A company's name is encrypted too (it may turn out a person); its registration is not.
      'Coastline Freight Ltd',
      referralRequest.summary,
    ]) {
      expect(text).not.toContain(personal);
    }
    expect(text).toContain('PVT-2016-0042');
  });

  it('shows the chain as it stood at a past date', async () => {
    const before = bodyOf<CaseDetailResponse>(
      await http
        .get(`/api/cases/${caseId}?asOf=2024-04-01`)
        .set(bearer(tokens.customs ?? ''))
        .expect(200),
    );
    expect(before).toMatchObject({ asOf: '2024-04-01', stage: 'REFERRED' });
    expect(before.timeline).toHaveLength(5);
  });

  it('verifies the hash chain of the case', async () => {
    const verified = await http
      .get(`/api/cases/${caseId}/integrity`)
      .set(bearer(tokens.analyst ?? ''))
      .expect(200);
    expect(verified.body).toMatchObject({ valid: true, version: 10 });
    expect(bodyOf<IntegrityResponse>(verified).headHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps the custody chain of an exhibit and prints it with the verified head hash', async () => {
    const holder = (holderId: string, agency: string) => ({ holderId, agency, country: 'KE' });
    const registered = await http
      .post('/api/evidence')
      .set(bearer(tokens.customs ?? ''))
      .send({
        occurredAt: '2024-03-01',
        caseId,
        kind: 'sample',
        description: 'One 13.6 kg cylinder labelled R-22 <script>alert(1)</script>',
        holder: holder('KRA-MSA-STORE', 'Kenya Revenue Authority - Customs'),
        place: 'KRA exhibit store, Mombasa',
      })
      .expect(201);
    const evidenceId = bodyOf<CommandResultResponse>(registered).id;
    const command = (role: string, path: string, body: object) =>
      http
        .post(`/api/evidence/${evidenceId}/${path}`)
        .set(bearer(tokens[role] ?? ''))
        .send(body);
    await command('customs', 'seal', {
      occurredAt: '2024-03-02',
      sealNumber: 'KRA-S-004512',
      holderId: 'KRA-MSA-STORE',
    }).expect(200);
    await command('customs', 'transfers', {
      occurredAt: '2024-03-25',
      fromHolderId: 'KRA-MSA-STORE',
      to: holder('ODPP-MSA-REGISTRY', 'Office of the Director of Public Prosecutions'),
      place: 'ODPP Mombasa',
      condition: 'seal intact',
      sealNumber: 'KRA-S-004512',
    }).expect(201);
    const detail = await http
      .get(`/api/evidence/${evidenceId}`)
      .set(bearer(tokens.prosecutor ?? ''))
      .expect(200);
    expect(detail.headers.etag).toBe('"3"');
    expect(
      bodyOf<{ custody: { holderId: string }[] }>(detail).custody.map((link) => link.holderId),
    ).toEqual(['KRA-MSA-STORE', 'ODPP-MSA-REGISTRY']);
    const verified = await http
      .get(`/api/evidence/${evidenceId}/integrity`)
      .set(bearer(tokens.judiciary ?? ''))
      .expect(200);
    const headHash = bodyOf<IntegrityResponse>(verified).headHash ?? '';
    const printed = await http
      .get(`/api/evidence/${evidenceId}/custody-record`)
      .set(bearer(tokens.customs ?? ''))
      .expect(200)
      .expect('Content-Type', /text\/html/);
    expect(printed.text).toContain(`<code id="head-hash">${headHash}</code>`);
    expect(printed.text).toContain('ODPP-MSA-REGISTRY');
    expect(printed.text).not.toContain('<script>');
    const pdf = async (ask: (call: request.Test) => request.Test) => {
      const response = await ask(
        http.get(`/api/evidence/${evidenceId}/custody-record`).set(bearer(tokens.customs ?? '')),
      )
        .buffer(true)
        .parse(binary)
        .expect(200)
        .expect('Content-Type', 'application/pdf');
      return bodyOf<Buffer>(response);
    };
    const file = await pdf((call) => call.query({ format: 'pdf' }));
    const raw = file.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw.trimEnd().endsWith('%%EOF')).toBe(true);
    const pages = raw.match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(raw).toContain(`/Count ${pages}`);
    expect(raw).toContain(`sha256-head-hash:${headHash}`);
    const negotiated = await pdf((call) => call.set('Accept', 'application/pdf'));
    expect(negotiated.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const wrong = await http
      .get(`/api/evidence/${evidenceId}/custody-record`)
      .query({ format: 'docx' })
      .set(bearer(tokens.customs ?? ''))
      .expect(400);
    expect(problemOf(wrong).field).toBe('format');
  });

  it('looks up reference data', async () => {
    const hs = await http
      .get('/api/reference/hs-codes/2903.71/agreements')
      .set(bearer(tokens.customs ?? ''))
      .expect(200);
    expect(
      bodyOf<{ agreements: { code: string }[] }>(hs).agreements.map((found) => found.code),
    ).toContain('MP');
    const list = await http
      .get('/api/reference/code-lists/declineReasons')
      .set(bearer(tokens.prosecutor ?? ''))
      .expect(200);
    expect(bodyOf<{ codes: { code: string }[] }>(list).codes.map((code) => code.code)).toContain(
      'insufficient_evidence',
    );
  });

  it('lets only the owner of the current stage close the case', async () => {
    const close = (role: string) =>
      http
        .post(`/api/cases/${caseId}/close`)
        .set(bearer(tokens[role] ?? ''))
        .send({ occurredAt: '2024-12-01', reasonCode: 'concluded' });
    expect(problemOf(await close('customs').expect(403)).code).toBe('auth/forbidden');
    await close('judiciary').expect(200);
    expect((await detail('customs')).stage).toBe('CLOSED');
  });
});
