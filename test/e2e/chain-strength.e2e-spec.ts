import { type ChainStrengthRow } from '@greenchain/contracts';
import { expectEventually } from '@greenchain/testing';
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
import { bodyOf, problemOf } from '../support/http';
import { bearer } from '../support/sessions';
import { caseCommand } from '../support/case-commands';
import { signInRoles } from '../support/role-tokens';
import { startTestApp, type TestApp } from '../support/test-app';

const asOf = '2025-06-30';

describe('analytics: the chain strength index per country', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  const tokens: Record<string, string> = {};

  const command = (who: string, path: string, body: object) =>
    caseCommand(http, tokens[who] ?? '', path, body);

  /** A Kenyan case seized on 1 March 2024 with its item and its consignee. */
  const newCase = async () => {
    const caseId = (await command('customs', '', seizureRequest())).id;
    await command('customs', `/${caseId}/items`, itemRequest);
    const partyId = (await command('customs', `/${caseId}/parties`, consigneeRequest)).created
      .partyId;
    return { caseId, partyId: partyId ?? '' };
  };

  /** Referred on 20 March 2024, accepted on 2 April, the consignee charged on 15 April. */
  const chargedCase = async () => {
    const { caseId, partyId } = await newCase();
    const referral = (await command('customs', `/${caseId}/refer-to-prosecution`, referralRequest))
      .created.referralId;
    await command('prosecutor', `/${caseId}/referrals/${referral}/accept`, {
      occurredAt: '2024-04-02',
    });
    await command('prosecutor', `/${caseId}/defendants/${partyId}/charges`, chargesRequest);
    return { caseId, partyId };
  };

  beforeAll(async () => {
    subject = await startTestApp({ with: [WorkerModule] });
    http = request(subject.app.getHttpServer());
    Object.assign(
      tokens,
      await signInRoles(http, ['customs', 'prosecutor', 'judiciary', 'analyst']),
    );
    // Five Kenyan cases: three charged, one of them convicted on 10 September and fined KES
    // 2,000,000 on 24 September; one settled on 10 March; one never referred.
    const judged = await chargedCase();
    await command(
      'judiciary',
      `/${judged.caseId}/defendants/${judged.partyId}/verdict`,
      verdictRequest,
    );
    await command(
      'judiciary',
      `/${judged.caseId}/defendants/${judged.partyId}/sentence`,
      sentenceRequest,
    );
    await chargedCase();
    await chargedCase();
    const settled = await newCase();
    await command('customs', `/${settled.caseId}/settle-administratively`, {
      occurredAt: '2024-03-10',
      partyIds: [settled.partyId],
      penaltyLines: [{ type: 'fine', amount: { amount: 5000, currency: 'KES' } }],
      reExportOrder: false,
    });
    await newCase();
  }, 120_000);
  afterAll(() => subject?.close());

  const strength = (who: string, query: Record<string, string> = {}) =>
    http
      .get('/api/analytics/chain-strength')
      .query({ asOf, ...query })
      .set(bearer(tokens[who] ?? ''));

  it('combines the parts of each link into an index, every part served with its counts', async () => {
    const [kenya] = await expectEventually(
      async () => {
        const response = await strength('customs').expect(200);
        expect(response.headers['metric-definition']).toBe('chain-strength/1');
        const rows = bodyOf<ChainStrengthRow[]>(response);
        expect(rows[0]?.parts.fineAdequacy.count).toBe(1);
        return rows;
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    // 4 of 5 referred or settled, 3 of 3 referred charged, 1 of 3 convicted; the sentence and
    // its fine rest on one defendant (unknown). Medians: 19 days to referral (within 30), 26 to
    // charges (within 180); the verdict has no median while 2 of 3 still wait.
    // Index: (4/5 + 1 + 1/3 + 1/3 × 1 + 1/3 × 1) ÷ (3 + 2/3) = 2.8 ÷ 11/3.
    expect(kenya).toMatchObject({ group: 'KE', cases: 5, knownParts: 5 });
    expect(kenya?.index).toBeCloseTo(2.8 / (11 / 3), 12);
    expect(kenya?.parts).toMatchObject({
      referral: { value: 4 / 5, measured: 4 / 5, count: 4, of: 5, weight: 1 },
      charging: { value: 1, measured: 1, count: 3, of: 3 },
      conviction: { value: 1 / 3, measured: 1 / 3, count: 1, of: 3 },
      sentencing: { value: null, measured: 1, count: 1, of: 1 },
      deterrence: { value: null, measured: 0, count: 0, of: 1 },
      timeToReferral: { value: 1, measured: 19, count: 3, of: 5, weight: 1 / 3 },
      timeToCharges: { value: 1, measured: 26, count: 3, of: 3 },
      timeToVerdict: { value: null, measured: null, count: 1, of: 3 },
      fineAdequacy: { value: null, count: 1, of: 1 },
    });
    // A fine of about USD 14,834 against a share of USD 27,200.
    expect(kenya?.parts.fineAdequacy.measured).toBeCloseTo(14_834 / 27_200, 3);
  }, 60_000);

  it('hides from analysts what rests on one or two, and the index with it', async () => {
    const [kenya] = bodyOf<ChainStrengthRow[]>(await strength('analyst').expect(200));
    expect(kenya).toMatchObject({ cases: 5, index: null, knownParts: 5, suppressed: true });
    expect(kenya?.parts.referral).toMatchObject({ value: 4 / 5, count: 4, of: 5 });
    expect(kenya?.parts.conviction).toMatchObject({ value: null, count: null, of: 3 });
  });

  it('serves the same rows as CSV, a column per figure of each part', async () => {
    const response = await strength('analyst', { format: 'csv' }).expect(200);
    expect(response.headers['metric-definition']).toBe('chain-strength/1');
    const [header, kenya] = response.text.trim().split(/\r?\n/);
    const columns = header?.split(',') ?? [];
    const cell = (column: string) => kenya?.split(',')[columns.indexOf(column)];
    expect(cell('cases')).toBe('5');
    expect(cell('parts.timeToCharges.measured')).toBe('26');
    expect(cell('parts.conviction.of')).toBe('3');
  });

  it('is per country only', async () => {
    await strength('analyst', { groupBy: 'country' }).expect(200);
    const refused = await strength('analyst', { groupBy: 'agreement' }).expect(400);
    expect(problemOf(refused).field).toBe('groupBy');
    await http.get('/api/analytics/chain-strength').expect(401);
  });
});
