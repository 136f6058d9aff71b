import { type WeakSentence } from '@greenchain/contracts';
import { expectEventually } from '@greenchain/testing';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import {
  chargesRequest,
  consigneeRequest,
  itemRequest,
  referralRequest,
  seizureRequest,
  sentenceRequest,
  verdictRequest,
} from '../support/hcfc-22-case';
import { binary, bodyOf, problemOf } from '../support/http';
import { bearer } from '../support/sessions';
import { caseCommandsAs, signInRoles } from '../support/role-tokens';
import { startTestApp, type TestApp } from '../support/test-app';

describe('analytics: weak sentences', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  const tokens: Record<string, string> = {};
  let caseId = '';
  let reference = '';

  beforeAll(async () => {
    subject = await startTestApp({ with: [WorkerModule] });
    http = request(subject.app.getHttpServer());
    Object.assign(
      tokens,
      await signInRoles(
        http,
        ['customs', 'prosecutor', 'judiciary', 'analyst', 'admin'],
        'ug@ura.test',
      ),
    );
    const post = caseCommandsAs(http, tokens);
    // Kenya: goods worth 27,200 USD, one defendant convicted and fined 2,000,000 KES (about
    // 14,834 USD at the 2024 rate) on 24 September 2024: a fine below the share, nothing custodial.
    const seizure = seizureRequest();
    reference = seizure.reference;
    caseId = (await post('customs', '', seizure)).id;
    await post('customs', `/${caseId}/items`, itemRequest);
    const consignee = (await post('customs', `/${caseId}/parties`, consigneeRequest)).created
      .partyId;
    const referral = (await post('customs', `/${caseId}/refer-to-prosecution`, referralRequest))
      .created.referralId;
    await post('prosecutor', `/${caseId}/referrals/${referral}/accept`, {
      occurredAt: '2024-04-02',
    });
    await post('prosecutor', `/${caseId}/defendants/${consignee}/charges`, chargesRequest);
    await post('judiciary', `/${caseId}/defendants/${consignee}/verdict`, verdictRequest);
    await post('judiciary', `/${caseId}/defendants/${consignee}/sentence`, sentenceRequest);
    // Uganda: a seizure only.
    await post('uganda', '', seizureRequest());
  }, 90_000);
  afterAll(() => subject?.close());

  const list = (who: string, query: Record<string, string> = {}) =>
    http
      .get('/api/analytics/weak-sentences')
      .query(query)
      .set(bearer(tokens[who] ?? ''));

  const projected = () =>
    expectEventually(
      async () => expect(bodyOf<WeakSentence[]>(await list('customs').expect(200))).toHaveLength(1),
      { timeoutMs: 30_000, intervalMs: 250 },
    );

  it('lists the case and the money of a weak sentence, never the defendant', async () => {
    await projected();
    const response = await list('analyst').expect(200);
    const [row] = bodyOf<WeakSentence[]>(response);
    expect(row).toEqual({
      id: `${caseId}/1`,
      caseId,
      reference,
      country: 'KE',
      agreements: ['MP'],
      commodityGroups: ['ods'],
      sentencedOn: '2024-09-24',
      fineUsd: expect.closeTo(2_000_000 / 134.822483279332, 6) as number,
      shareUsd: 27_200,
      fineToShare: expect.closeTo(2_000_000 / 134.822483279332 / 27_200, 9) as number,
      provisional: false,
    });
    expect(response.headers['content-range']).toBe('weak-sentences 0-0/1');
    expect(response.headers['metric-definition']).toBe('weak-sentences/1');
    expect(response.text).not.toContain(consigneeRequest.name);
    // Before the sentence there is none.
    expect(bodyOf(await list('analyst', { asOf: '2024-09-23' }).expect(200))).toEqual([]);
  }, 60_000);

  it("shows officers their own country's only, whatever the filter asks", async () => {
    await projected();
    const asked = { filter: JSON.stringify({ country: ['KE'] }) };
    expect(bodyOf(await list('uganda', asked).expect(200))).toEqual([]);
    for (const role of ['prosecutor', 'judiciary']) {
      const rows = bodyOf<WeakSentence[]>(await list(role).expect(200));
      expect(rows.map((row) => row.caseId)).toEqual([caseId]);
    }
    const uganda = { filter: JSON.stringify({ country: ['UG'] }) };
    expect(bodyOf(await list('analyst', uganda).expect(200))).toEqual([]);
  }, 60_000);

  it('pages the list and serves it as a file', async () => {
    await projected();
    const past = await list('admin', { range: '[1,5]' }).expect(200);
    expect(bodyOf(past)).toEqual([]);
    expect(past.headers['content-range']).toBe('weak-sentences 1-1/1');
    const csv = await list('analyst', { format: 'csv' }).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text).toContain(reference);
    expect(csv.text).not.toContain(consigneeRequest.name);
    // A file says on its about sheet which rows of the list it holds, so a cut file is seen as cut.
    const rowsHeld = async (range?: string) => {
      const xlsx = await list('analyst', { format: 'xlsx', ...(range ? { range } : {}) })
        .buffer(true)
        .parse(binary)
        .expect(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(new Uint8Array(bodyOf<Buffer>(xlsx)).buffer);
      const facts = (workbook.getWorksheet('about')?.getSheetValues() ?? []) as unknown[][];
      return facts.find((row) => Array.isArray(row) && row[1] === 'rows')?.[2];
    };
    expect(await rowsHeld()).toBe('all 1');
    expect(await rowsHeld('[1,5]')).toBe('none of 1');
  }, 60_000);

  it('names the parameter that is wrong, as problem+json', async () => {
    const wrong = async (query: Record<string, string>) => {
      const response = await list('analyst', query).expect(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      return problemOf(response).field;
    };
    expect(await wrong({ range: '[0,500]' })).toBe('range');
    expect(await wrong({ range: '[3,1]' })).toBe('range');
    expect(await wrong({ sort: '["fineUsd","DESC"]' })).toBe('sort');
    expect(await wrong({ sort: '["fineToShare","DESC"]' })).toBe('sort');
    expect(await wrong({ asOf: '2024-02-30' })).toBe('asOf');
    expect(await wrong({ filter: '{"name":"Kamau"}' })).toBe('filter');
    expect(await wrong({ format: 'pdf' })).toBe('format');
  });
});
