import { type TimeInStageRow } from '@greenchain/contracts';
import { expectEventually } from '@greenchain/testing';
import request from 'supertest';
import {
  type FunnelRowResponse,
  type PenaltyAdequacyRowResponse,
  type UsdRateTableResponse,
} from '../../apps/api/src/analytics/analytics.responses';
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

/** Every count of the Kenyan row as analysts read it: hidden. */
const hiddenCounts = {
  seized: null,
  referred: null,
  accepted: null,
  charged: null,
  convicted: null,
  sentenced: null,
  declined: null,
  stalled: null,
  verdicts: null,
};

/** KES 2,000,000 at the 2024 average of the rate table (134.822483279332 per USD, World Bank). */
const fineInUsd = Math.round((2_000_000 / 134.822483279332) * 100) / 100;

describe('analytics: the chain funnel and penalty adequacy from the read models', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    subject = await startTestApp({ with: [WorkerModule] });
    http = request(subject.app.getHttpServer());
    Object.assign(
      tokens,
      await signInRoles(
        http,
        ['customs', 'prosecutor', 'judiciary', 'analyst', 'admin'],
        'customs@ura.test',
      ),
    );

    /** One case to sentence: its item value and the consignee's fine are given. */
    const sentencedCase = async (
      value: object,
      fine: { amount: number; currency: string },
      declineForwarder: boolean,
    ) => {
      const post = caseCommandsAs(http, tokens);
      const caseId = (await post('customs', '', seizureRequest())).id;
      await post('customs', `/${caseId}/items`, { ...itemRequest, estimatedValue: value });
      const consignee = (await post('customs', `/${caseId}/parties`, consigneeRequest)).created
        .partyId;
      const forwarder = (await post('customs', `/${caseId}/parties`, forwarderRequest)).created
        .partyId;
      const referral = (await post('customs', `/${caseId}/refer-to-prosecution`, referralRequest))
        .created.referralId;
      await post('prosecutor', `/${caseId}/referrals/${referral}/accept`, {
        occurredAt: '2024-04-02',
      });
      await post('prosecutor', `/${caseId}/defendants/${consignee}/charges`, chargesRequest);
      if (declineForwarder) {
        await post('prosecutor', `/${caseId}/decline-prosecution`, declineRequest(forwarder ?? ''));
      }
      await post('judiciary', `/${caseId}/defendants/${consignee}/verdict`, verdictRequest);
      await post('judiciary', `/${caseId}/defendants/${consignee}/sentence`, {
        ...sentenceRequest,
        penaltyLines: [{ type: 'fine', amount: fine }],
        statutoryMaximum: { fine: { ...fine, amount: fine.amount * 10 } },
      });
    };
    await sentencedCase(
      { amount: 27200, currency: 'USD' },
      { amount: 2_000_000, currency: 'KES' },
      true,
    );
    await sentencedCase(
      { amount: 1000, currency: 'USD' },
      { amount: 500000, currency: 'CDF' },
      false,
    );
    await http
      .post('/api/cases')
      .set(bearer(tokens.uganda ?? ''))
      .send(seizureRequest())
      .expect(201);
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

  const funnelRow = (id: string, counts: Partial<FunnelRowResponse>): FunnelRowResponse => ({
    id,
    group: id,
    seized: 0,
    referred: 0,
    accepted: 0,
    charged: 0,
    convicted: 0,
    sentenced: 0,
    closed: 0,
    declined: 0,
    dismissedOrAcquitted: 0,
    stalled: 0,
    verdicts: 0,
    medianDaysToVerdict: null,
    ...counts,
  });
  const kenya = {
    seized: 2,
    referred: 2,
    accepted: 2,
    charged: 2,
    convicted: 2,
    sentenced: 2,
    declined: 1,
    // The second case's forwarder waits for a charge decision since 2024-03-20 (180 days).
    stalled: 1,
    verdicts: 2,
    medianDaysToVerdict: 193,
  };
  // Seized 2024-03-01 and never referred: past the 30 days to a referral decision.
  const uganda = { seized: 1, stalled: 1 };

  it('counts cases at each step for officers of their own country in full, with a total row', async () => {
    await expectEventually(
      async () => {
        const funnel = await get<FunnelRowResponse[]>('customs', 'funnel');
        expect(funnel.find((row) => row.id === 'KE')?.sentenced).toBe(2);
        expect((await get<FunnelRowResponse[]>('uganda', 'funnel'))[0]?.seized).toBe(1);
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    expect(await get('customs', 'funnel')).toEqual([
      funnelRow('KE', kenya),
      funnelRow('total', kenya),
    ]);
    expect(await get('uganda', 'funnel')).toEqual([
      funnelRow('UG', uganda),
      funnelRow('total', uganda),
    ]);
    const prosecutor = await get<FunnelRowResponse[]>('prosecutor', 'funnel', {
      filter: JSON.stringify({ country: ['UG'] }),
    });
    expect(prosecutor.map((row) => row.id)).toEqual(['KE', 'total']);
    const byAgreement = await get<FunnelRowResponse[]>('customs', 'funnel', {
      groupBy: 'agreement',
      filter: JSON.stringify({ agreement: 'MP', from: '2024-01-01', to: '2024-12-31' }),
    });
    expect(byAgreement.map((row) => [row.id, row.seized])).toEqual([
      ['MP', 2],
      ['total', 2],
    ]);
    // The Ugandan seizure has no item yet, so no agreement.
    const ugandaByAgreement = await get<FunnelRowResponse[]>('uganda', 'funnel', {
      groupBy: 'agreement',
    });
    expect(ugandaByAgreement.map((row) => [row.id, row.seized])).toEqual([
      ['unknown', 1],
      ['total', 1],
    ]);
  }, 60_000);

  it('hides from analysts and administrators every count of one or two cases, and what would give it away', async () => {
    // Kenya 2 and Uganda 1 seizures: both hidden, the total of 3 shown. Kenya's 2 referrals have
    // no complement but Uganda's 0 (zeros are shown), so the total that would give them away goes.
    expect(await get('analyst', 'funnel')).toEqual([
      {
        ...funnelRow('KE', { ...hiddenCounts, closed: 0, dismissedOrAcquitted: 0 }),
        suppressed: true,
      },
      {
        ...funnelRow('UG', { seized: null, stalled: null }),
        suppressed: true,
      },
      {
        ...funnelRow('total', { ...hiddenCounts, seized: 3, closed: 0, dismissedOrAcquitted: 0 }),
        suppressed: true,
      },
    ]);
    const byAgreement = await get<FunnelRowResponse[]>('analyst', 'funnel', {
      groupBy: 'agreement',
    });
    expect(byAgreement.map((row) => [row.id, row.seized])).toEqual([
      ['MP', null],
      ['unknown', null],
      ['total', 3],
    ]);
    const byYear = await get<FunnelRowResponse[]>('admin', 'funnel', { groupBy: 'year' });
    expect(byYear.map((row) => [row.id, row.seized])).toEqual([
      ['2024', 3],
      ['total', 3],
    ]);
  }, 60_000);

  it('answers as the chain stood on an as-of date, stalls judged on that day', async () => {
    const at = async (asOf: string) =>
      [
        ...(await get<FunnelRowResponse[]>('customs', 'funnel', { asOf })),
        ...(await get<FunnelRowResponse[]>('uganda', 'funnel', { asOf })),
      ]
        .filter((row) => row.id !== 'total')
        .map((row) => [
          row.id,
          row.seized,
          row.accepted,
          row.charged,
          row.convicted,
          row.sentenced,
          row.declined,
          row.stalled,
        ]);
    await expectEventually(async () => expect((await at('2030-01-01'))[0]?.[5]).toBe(2), {
      timeoutMs: 30_000,
      intervalMs: 250,
    });
    expect(await at('2024-02-29')).toEqual([]);
    // Accepted on 2 April, charged on 15 April; Uganda's seizure of 1 March waits past 31 March.
    expect(await at('2024-04-10')).toEqual([
      ['KE', 2, 2, 0, 0, 0, 0, 0],
      ['UG', 1, 0, 0, 0, 0, 0, 1],
    ]);
    // Verdicts on 10 September, sentences on 24 September. The forwarder referred on 20 March
    // waits for a charge decision: 180 days end on 16 September, a stall from the 17th.
    expect((await at('2024-09-16'))[0]).toEqual(['KE', 2, 2, 2, 2, 0, 1, 0]);
    expect((await at('2024-09-17'))[0]).toEqual(['KE', 2, 2, 2, 2, 0, 1, 1]);
    expect(
      await get<PenaltyAdequacyRowResponse[]>('customs', 'penalty-adequacy', {
        asOf: '2024-09-23',
      }),
    ).toEqual([]);
  }, 60_000);

  it('measures the days between steps, open cases censored, small groups hidden from analysts', async () => {
    type Row = TimeInStageRow;
    const figures = (rows: Row[], group: string) =>
      rows
        .filter((row) => row.group === group)
        .map((row) => [row.transition, row.entered, row.completed, row.medianDays, row.suppressed]);
    await expectEventually(
      async () => {
        const rows = await get<Row[]>('customs', 'time-in-stage');
        expect(rows.find((row) => row.transition === 'charges_to_verdict')?.completed).toBe(2);
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    // Seized 1 March, referred 20 March, charged 15 April; on 10 April the charges still wait.
    const officer = await get<Row[]>('customs', 'time-in-stage', { asOf: '2024-04-10' });
    expect(figures(officer, 'KE')).toEqual([
      ['seizure_to_referral', 2, 2, 19, false],
      ['referral_to_charges', 2, 0, null, false],
      ['charges_to_verdict', 0, 0, null, false],
    ]);
    expect(officer.find((row) => row.transition === 'referral_to_charges')?.survival).toEqual([
      { day: 21, atRisk: 2, ended: 0, censored: 2, survival: 1 },
    ]);
    // Verdicts on 10 September: 148 days after the charges.
    const today = await get<Row[]>('customs', 'time-in-stage');
    expect(today.find((row) => row.transition === 'charges_to_verdict')).toMatchObject({
      completed: 2,
      medianDays: 148,
      survivalMedianDays: 148,
    });
    const analyst = await get<Row[]>('analyst', 'time-in-stage', { asOf: '2024-04-10' });
    expect(figures(analyst, 'KE')).toEqual([
      ['seizure_to_referral', null, null, null, true],
      ['referral_to_charges', null, null, null, true],
      ['charges_to_verdict', 0, 0, null, false],
    ]);
  }, 60_000);

  it('compares each fine with the share of the goods’ value in USD, counting apart a fine without a rate', async () => {
    const rows = await expectEventually(
      async () => {
        const adequacy = await get<PenaltyAdequacyRowResponse[]>('customs', 'penalty-adequacy');
        expect(adequacy[0]?.sentenced).toBe(2);
        return adequacy;
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    // The consignee of the first case is its only convicted defendant: a share of 27,200 USD. The
    // second case's fine is in CDF, which the table has no rate for: not counted, never 0.
    const fineToShare = expect.closeTo(fineInUsd / 27200, 4) as number;
    expect(rows).toEqual([
      {
        id: 'KE',
        group: 'KE',
        sentenced: 2,
        valueKnown: 2,
        fineToShare: {
          counted: 1,
          notCounted: 1,
          median: fineToShare,
          p25: fineToShare,
          p75: fineToShare,
          p90: fineToShare,
        },
        fineToStatutoryMax: {
          counted: 1,
          notCounted: 1,
          median: expect.closeTo(0.1, 10) as number,
        },
        custodial: 0,
        suspended: 0,
        deterrent: 0,
        custodialShare: 0,
        suspendedShare: 0,
        deterrentShare: 0,
        ratesReadOn: '2026-11-28',
        provisionalRates: false,
      },
    ]);
    expect(await get('uganda', 'penalty-adequacy')).toEqual([]);
    // Analysts: two sentenced defendants, one ratio each: hidden, with the shares over them.
    const analyst = await get<PenaltyAdequacyRowResponse[]>('analyst', 'penalty-adequacy');
    expect(analyst[0]).toMatchObject({
      sentenced: null,
      valueKnown: null,
      fineToShare: { counted: null, notCounted: null, median: null, p90: null },
      custodial: 0,
      custodialShare: null,
      suppressed: true,
    });
    // Fine against value as counts in power-of-ten bins: the one fine in USD, of a 27,200 USD share.
    const finePower = Math.floor(Math.log10(fineInUsd));
    expect(await get('customs', 'penalty-bins')).toEqual([
      {
        id: `KE:4:${finePower}`,
        group: 'KE',
        shareFrom: 10_000,
        shareTo: 100_000,
        fineFrom: 10 ** finePower,
        fineTo: 10 ** (finePower + 1),
        defendants: 1,
      },
    ]);
    expect(await get('analyst', 'penalty-bins')).toEqual([
      expect.objectContaining({ group: 'KE', defendants: null, suppressed: true }),
    ]);
    const text = JSON.stringify(rows) + JSON.stringify(await get('analyst', 'funnel'));
    for (const personal of ['John Kamau', 'AK1234567', 'Coastline']) {
      expect(text).not.toContain(personal);
    }
  }, 60_000);

  it('serves the dated rate table, the years after the latest published one provisional', async () => {
    const { readOn, rates } = await get<UsdRateTableResponse>('customs', 'usd-rates');
    expect(readOn).toBe('2026-11-28');
    const thisYear = new Date().getUTCFullYear();
    const kenyan = (year: number) => rates.find((rate) => rate.id === `KES/${year}`);
    expect([kenyan(2024), kenyan(thisYear)]).toEqual([
      {
        id: 'KES/2024',
        currency: 'KES',
        year: 2024,
        unitsPerUsd: 134.822483279332,
        provisional: false,
      },
      {
        id: `KES/${thisYear}`,
        currency: 'KES',
        year: thisYear,
        unitsPerUsd: 134.822483279332,
        provisional: thisYear > 2024,
      },
    ]);
    expect(kenyan(2019)).toBeUndefined();
    await http.get('/api/analytics/usd-rates').expect(401);
  });

  it('serves every table as CSV or XLSX from the rows analysts read, naming the definition', async () => {
    const csv = await http
      .get('/api/analytics/funnel')
      .query({ format: 'csv' })
      .set(bearer(tokens.analyst ?? ''))
      .expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['metric-definition']).toBe('funnel/2');
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="greenchain-funnel-/);
    const lines = csv.text.trim().split('\n');
    expect(lines[0]?.startsWith('id,group,seized,referred,')).toBe(true);
    // The analyst's hidden counts are empty cells; the total of 3 seizures is shown.
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 3))).toEqual([
      ['KE', 'KE', ''],
      ['UG', 'UG', ''],
      ['total', 'total', '3'],
    ]);
    const curve = await http
      .get('/api/analytics/time-in-stage')
      .query({ format: 'csv', part: 'survival' })
      .set(bearer(tokens.customs ?? ''))
      .expect(200);
    expect(curve.text.split('\n')[0]).toBe('rowId,day,ended,censored,atRisk,survival');
    const xlsx = await http
      .get('/api/analytics/penalty-adequacy')
      .query({ format: 'xlsx' })
      .set(bearer(tokens.customs ?? ''))
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
  }, 60_000);

  it('names the parameter that is wrong', async () => {
    const filter = await http
      .get('/api/analytics/funnel')
      .query({ filter: '{"from":"2024-02-30"}' })
      .set(bearer(tokens.analyst ?? ''))
      .expect(400);
    expect(problemOf(filter).field).toBe('filter');
    const unknown = await http
      .get('/api/analytics/penalty-adequacy')
      .query({ filter: '{"defendant":"x"}' })
      .set(bearer(tokens.analyst ?? ''))
      .expect(400);
    expect(problemOf(unknown).field).toBe('filter');
    const group = await http
      .get('/api/analytics/funnel')
      .query({ groupBy: 'party' })
      .set(bearer(tokens.analyst ?? ''))
      .expect(400);
    expect(JSON.stringify(problemOf(group))).toContain('groupBy');
    const asOf = await http
      .get('/api/analytics/penalty-adequacy')
      .query({ asOf: '2024-02-30' })
      .set(bearer(tokens.analyst ?? ''))
      .expect(400);
    expect(problemOf(asOf).field).toBe('asOf');
    const part = await http
      .get('/api/analytics/time-in-stage')
      .query({ format: 'csv', part: 'constructor' })
      .set(bearer(tokens.analyst ?? ''))
      .expect(400);
    expect(problemOf(part).field).toBe('part');
    await http.get('/api/analytics/funnel').expect(401);
  });
});
