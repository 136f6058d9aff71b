import { type CompletenessRow, type IncompleteCase, type StalledRow } from '@greenchain/contracts';
import { expectEventually } from '@greenchain/testing';
import request from 'supertest';
import { WorkerModule } from '../../apps/worker/src/worker.module';
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
import { bodyOf, problemOf } from '../support/http';
import { bearer } from '../support/sessions';
import { caseCommandsAs, signInRoles } from '../support/role-tokens';
import { startTestApp, type TestApp } from '../support/test-app';

const stalledRow = (
  group: string,
  step: string,
  pending: number,
  stalled: number,
  [medianDaysInStep, maxDaysInStep, medianDaysOverdue, maxDaysOverdue]: (number | null)[],
) => ({
  id: `${group}/${step}`,
  group,
  step,
  unit: step === 'verdict' ? 'defendant' : 'case',
  pending,
  stalled,
  medianDaysInStep,
  maxDaysInStep,
  medianDaysOverdue,
  maxDaysOverdue,
});

describe('analytics: stalled steps and data completeness', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  const tokens: Record<string, string> = {};
  let unvaluedReference = '';
  let unvaluedCaseId = '';

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
    // Kenya, one case to sentence: seized 1 March 2024, referred 20 March, accepted 2 April; the
    // consignee charged and the forwarder declined on 15 April; convicted 10 September, sentenced
    // 24 September. Its item has a value; nothing is disposed of.
    const judged = (await post('customs', '', seizureRequest())).id;
    await post('customs', `/${judged}/items`, itemRequest);
    const consignee = (await post('customs', `/${judged}/parties`, consigneeRequest)).created
      .partyId;
    const forwarder = (await post('customs', `/${judged}/parties`, forwarderRequest)).created
      .partyId;
    const referral = (await post('customs', `/${judged}/refer-to-prosecution`, referralRequest))
      .created.referralId;
    await post('prosecutor', `/${judged}/referrals/${referral}/accept`, {
      occurredAt: '2024-04-02',
    });
    await post('prosecutor', `/${judged}/defendants/${consignee}/charges`, chargesRequest);
    await post('prosecutor', `/${judged}/decline-prosecution`, declineRequest(forwarder ?? ''));
    await post('judiciary', `/${judged}/defendants/${consignee}/verdict`, verdictRequest);
    await post('judiciary', `/${judged}/defendants/${consignee}/sentence`, sentenceRequest);
    // Kenya, seized 1 March 2024 and never referred; its item has no value.
    const seizure = seizureRequest();
    unvaluedReference = seizure.reference;
    unvaluedCaseId = (await post('customs', '', seizure)).id;
    await post('customs', `/${unvaluedCaseId}/items`, {
      ...itemRequest,
      estimatedValue: undefined,
    });
    // Uganda, seized 1 March 2024, no item.
    await post('uganda', '', seizureRequest());
  }, 90_000);
  afterAll(() => subject?.close());

  const get = async <T>(who: string, path: string, query: Record<string, string> = {}) =>
    bodyOf<T>(
      await http
        .get(`/api/analytics/${path}`)
        .query(query)
        .set(bearer(tokens[who] ?? ''))
        .expect(200),
    );

  /** Kenya's rows read by its officer, then Uganda's by its own: each country in full. */
  const officers = async <T>(path: string, query: Record<string, string> = {}) => [
    ...(await get<T[]>('customs', path, query)),
    ...(await get<T[]>('uganda', path, query)),
  ];

  const projected = () =>
    expectEventually(
      async () => {
        const rows = await officers<CompletenessRow>('completeness');
        expect(rows.map((row) => [row.group, row.cases, row.outcomeRecorded])).toEqual([
          ['KE', 2, 1],
          ['UG', 1, 0],
        ]);
        expect(rows[0]?.valueRecorded).toBe(1);
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );

  it('counts the pending and stalled steps at an as-of date, the verdict per defendant', async () => {
    await projected();
    // 1 May 2024: the unreferred seizures wait 61 days, 31 past the 30-day deadline of 31 March;
    // the consignee, charged on 15 April, waits 16 days for a verdict (365 allowed).
    const rows = await officers<StalledRow>('stalled', { asOf: '2024-05-01' });
    expect(rows).toEqual([
      stalledRow('KE', 'referral_decision', 1, 1, [61, 61, 31, 31]),
      stalledRow('KE', 'charge_decision', 0, 0, [null, null, null, null]),
      stalledRow('KE', 'verdict', 1, 0, [16, 16, null, null]),
      stalledRow('UG', 'referral_decision', 1, 1, [61, 61, 31, 31]),
      stalledRow('UG', 'charge_decision', 0, 0, [null, null, null, null]),
      stalledRow('UG', 'verdict', 0, 0, [null, null, null, null]),
    ]);
    // Analysts read the same rows with every count of one or two hidden, step by step, and the
    // days computed from them; zeros stay.
    const analyst = await get<StalledRow[]>('analyst', 'stalled', { asOf: '2024-05-01' });
    expect(analyst.map((row) => [row.id, row.pending, row.stalled, row.maxDaysInStep])).toEqual([
      ['KE/referral_decision', null, null, null],
      ['KE/charge_decision', 0, 0, null],
      ['KE/verdict', null, 0, null],
      ['UG/referral_decision', null, null, null],
      ['UG/charge_decision', 0, 0, null],
      ['UG/verdict', 0, 0, null],
    ]);
    expect(analyst.map((row) => row.suppressed ?? false)).toEqual([
      true,
      false,
      true,
      true,
      false,
      false,
    ]);
    // 10 April: accepted on 2 April, not yet charged; 21 days since the referral of 20 March.
    const officer = await get<StalledRow[]>('prosecutor', 'stalled', { asOf: '2024-04-10' });
    expect(officer.map((row) => [row.id, row.pending, row.stalled, row.maxDaysInStep])).toEqual([
      ['KE/referral_decision', 1, 1, 40],
      ['KE/charge_decision', 1, 0, 21],
      ['KE/verdict', 0, 0, null],
    ]);
  }, 60_000);

  it('shows the share of cases with value, outcome and disposal recorded', async () => {
    await projected();
    expect(await get<CompletenessRow[]>('customs', 'completeness')).toEqual([
      {
        id: 'KE',
        group: 'KE',
        cases: 2,
        valueRecorded: 1,
        valueShare: 0.5,
        outcomeRecorded: 1,
        outcomeShare: 0.5,
        disposalRecorded: 0,
        disposalShare: 0,
      },
    ]);
    // Before the sentence of 24 September the convicted consignee has no terminal outcome.
    const before = await officers<CompletenessRow>('completeness', { asOf: '2024-09-23' });
    expect(before.map((row) => row.outcomeRecorded)).toEqual([0, 0]);
  }, 60_000);

  it('lists the cases missing a fact to officers of their own country only', async () => {
    await projected();
    const response = await http
      .get('/api/analytics/completeness/missing')
      .query({ field: 'value', range: '[0,9]' })
      .set(bearer(tokens.customs ?? ''))
      .expect(200);
    expect(bodyOf<IncompleteCase[]>(response)).toEqual([
      { id: unvaluedCaseId, reference: unvaluedReference, country: 'KE', seizedOn: '2024-03-01' },
    ]);
    expect(response.headers['content-range']).toBe('cases 0-0/1');
    const uganda = await http
      .get('/api/analytics/completeness/missing')
      .query({ field: 'outcome', filter: JSON.stringify({ country: ['KE'] }) })
      .set(bearer(tokens.uganda ?? ''))
      .expect(200);
    expect(bodyOf<IncompleteCase[]>(uganda).map((row) => row.country)).toEqual(['UG']);
    for (const role of ['analyst', 'admin']) {
      await http
        .get('/api/analytics/completeness/missing')
        .query({ field: 'value' })
        .set(bearer(tokens[role] ?? ''))
        .expect(403);
    }
  }, 60_000);

  it('names the parameter that is wrong', async () => {
    const missing = (query: Record<string, string>) =>
      http
        .get('/api/analytics/completeness/missing')
        .query(query)
        .set(bearer(tokens.customs ?? ''))
        .expect(400);
    expect(JSON.stringify(problemOf(await missing({ field: 'name' })))).toContain('field');
    expect(problemOf(await missing({ field: 'value', range: '[0,500]' })).field).toBe('range');
    expect(problemOf(await missing({ field: 'value', sort: '["id","ASC"]' })).field).toBe('sort');
    const asOf = await http
      .get('/api/analytics/stalled')
      .query({ asOf: '2024-02-30' })
      .set(bearer(tokens.analyst ?? ''))
      .expect(400);
    expect(problemOf(asOf).field).toBe('asOf');
  });
});
