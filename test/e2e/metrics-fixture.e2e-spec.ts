import {
  type ChainFunnelRow,
  type CompletenessRow,
  type DropOutRow,
  type IncompleteCase,
  type StalledRow,
  type TimeInStageRow,
} from '@greenchain/contracts';
import { expectEventually } from '@greenchain/testing';
import request from 'supertest';
import {
  type FunnelRowResponse,
  type PenaltyAdequacyRowResponse,
} from '../../apps/api/src/analytics/analytics.responses';
import { type ProjectionStatusResponse } from '../../apps/api/src/operations/projection-status.response';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { fixtureCases } from '../fixtures/metrics-fixture.cases';
import { bodyOf } from '../support/http';
import { loadFixtureCases } from '../support/metrics-fixture-loader';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Every metric of docs/metrics.md on the 27 cases of test/fixtures/metrics-fixture.cases.ts, read by
 * a Kenyan customs officer (own country, nothing hidden). Each expected figure is worked out by hand
 * in test/fixtures/metrics-fixture.md, case by case.
 */
const asOf = '2025-06-30';
/** The second as-of date: the chain as it stood at the end of June 2024. */
const earlier = '2024-06-30';

/** A ratio in USD: the rate table's figures are unrounded, an amount may be rounded to the cent. */
const about = (value: number) => expect.closeTo(value, 4) as number;

describe('metrics on the hand-computed fixture', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  let officer = '';
  let caseIds: Record<string, string> = {};

  const get = async <T>(path: string, query: Record<string, string> = {}) =>
    bodyOf<T>(
      await http
        .get(`/api/analytics/${path}`)
        .query({ asOf, ...query })
        .set(bearer(officer))
        .expect(200),
    );

  beforeAll(async () => {
    subject = await startTestApp({ with: [WorkerModule] });
    http = request(subject.app.getHttpServer());
    const token = async (role: 'customs' | 'prosecutor' | 'judiciary' | 'admin') =>
      (await signIn(http, role)).accessToken;
    const officers = {
      customs: await token('customs'),
      prosecutor: await token('prosecutor'),
      judiciary: await token('judiciary'),
    };
    officer = officers.customs;
    caseIds = await loadFixtureCases(http, officers, fixtureCases);
    const admin = await token('admin');
    await expectEventually(
      async () => {
        const projections = bodyOf<ProjectionStatusResponse[]>(
          await http.get('/api/projections').set(bearer(admin)).expect(200),
        );
        for (const projection of projections) {
          expect(projection).toMatchObject({ status: 'active', lagEvents: 0 });
          expect(projection.checkpoint).toBe(projection.headPosition);
        }
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
  }, 120_000);
  afterAll(() => subject?.close());

  describe('chain funnel (section 1)', () => {
    const reached = (row: ChainFunnelRow | undefined) =>
      row?.steps.map(({ step, reached }) => [step, reached.cases, reached.defendants]);

    it('counts every step in cases and defendants, with the rates', async () => {
      const rows = await get<ChainFunnelRow[]>('chain-funnel');
      expect(rows.map((row) => row.id)).toEqual(['KE']);
      const [row] = rows;
      expect(reached(row)).toEqual([
        ['seized', 27, 30],
        ['referred_or_settled', 24, 28],
        ['charged', 17, 19],
        ['convicted', 12, 13],
        ['sentenced', 11, 12],
        ['deterrent', 6, 6],
      ]);
      expect(row?.referred).toEqual({ cases: 22, defendants: 25 });
      expect(row?.settled).toEqual({ cases: 2, defendants: 3 });
      expect(row?.chargedOfReferred).toEqual({ cases: 17 / 22, defendants: 19 / 25 });
      expect(row?.steps.map((step) => [step.ofPrevious, step.ofSeized])).toEqual([
        [
          { cases: null, defendants: null },
          { cases: 1, defendants: 1 },
        ],
        [
          { cases: 24 / 27, defendants: 28 / 30 },
          { cases: 24 / 27, defendants: 28 / 30 },
        ],
        [
          { cases: 17 / 24, defendants: 19 / 28 },
          { cases: 17 / 27, defendants: 19 / 30 },
        ],
        [
          { cases: 12 / 17, defendants: 13 / 19 },
          { cases: 12 / 27, defendants: 13 / 30 },
        ],
        [
          { cases: 11 / 12, defendants: 12 / 13 },
          { cases: 11 / 27, defendants: 12 / 30 },
        ],
        [
          { cases: 6 / 11, defendants: 6 / 12 },
          { cases: 6 / 27, defendants: 6 / 30 },
        ],
      ]);
    });

    it('answers as the chain stood on the earlier date, the co-defendants sharing the value', async () => {
      const [row] = await get<ChainFunnelRow[]>('chain-funnel', { asOf: earlier });
      expect(reached(row)).toEqual([
        ['seized', 24, 27],
        ['referred_or_settled', 22, 26],
        ['charged', 10, 11],
        ['convicted', 1, 2],
        ['sentenced', 1, 2],
        ['deterrent', 1, 1],
      ]);
      expect(row?.referred).toEqual({ cases: 20, defendants: 23 });
      expect(row?.chargedOfReferred).toEqual({ cases: 10 / 20, defendants: 11 / 23 });
    });
  });

  describe('drop-outs (section 2)', () => {
    const byReason = (row: DropOutRow | undefined) =>
      [...(row?.reasons ?? [])].sort((a, b) =>
        `${a.reason}/${a.reasonCode}`.localeCompare(`${b.reason}/${b.reasonCode}`),
      );

    it('counts each defendant under the reason in force, and a case once all its defendants left', async () => {
      const rows = await get<DropOutRow[]>('drop-outs');
      expect(rows.map((row) => row.id)).toEqual(['KE']);
      const [row] = rows;
      expect(row?.total).toEqual({ cases: 27, defendants: 30 });
      expect(row?.droppedOut).toEqual({ cases: 7, defendants: 9 });
      expect(row?.settled).toEqual({ cases: 2, defendants: 3 });
      expect(byReason(row)).toEqual([
        { reason: 'acquitted', reasonCode: null, cases: 1, defendants: 1 },
        { reason: 'declined', reasonCode: 'insufficient_evidence', cases: 1, defendants: 1 },
        {
          reason: 'declined',
          reasonCode: 'offender_unknown_or_absconded',
          cases: 1,
          defendants: 0,
        },
        { reason: 'declined', reasonCode: 'public_interest', cases: 1, defendants: 2 },
        { reason: 'declined', reasonCode: 'time_barred', cases: 0, defendants: 1 },
        { reason: 'dismissed_on_merits', reasonCode: null, cases: 1, defendants: 1 },
        { reason: 'dismissed_procedural', reasonCode: null, cases: 1, defendants: 1 },
        { reason: 'overturned_on_appeal', reasonCode: null, cases: 0, defendants: 1 },
        { reason: 'withdrawn', reasonCode: null, cases: 1, defendants: 1 },
      ]);
    });

    it('counts only the drop-outs dated by the earlier date', async () => {
      const [row] = await get<DropOutRow[]>('drop-outs', { asOf: earlier });
      expect(row?.total).toEqual({ cases: 24, defendants: 27 });
      expect(row?.droppedOut).toEqual({ cases: 3, defendants: 4 });
      expect(row?.settled).toEqual({ cases: 2, defendants: 3 });
    });
  });

  describe('stalled steps (section 3)', () => {
    it('counts the pending and stalled steps with their days in step and overdue', async () => {
      const rows = await get<StalledRow[]>('stalled');
      expect(
        rows.map((row) => [
          row.id,
          row.unit,
          row.pending,
          row.stalled,
          row.medianDaysInStep,
          row.maxDaysInStep,
          row.medianDaysOverdue,
          row.maxDaysOverdue,
        ]),
      ).toEqual([
        ['KE/referral_decision', 'case', 3, 2, 425, 515, 440, 485],
        ['KE/charge_decision', 'case', 2, 1, 205.5, 370, 190, 190],
        ['KE/verdict', 'defendant', 1, 1, 486, 486, 121, 121],
      ]);
    });
  });

  describe('time in stage (section 4)', () => {
    const figures = (row: TimeInStageRow | undefined) => [
      row?.transition,
      row?.entered,
      row?.completed,
      row?.medianDays,
      row?.p90Days,
      row?.survivalMedianDays,
    ];
    const curve = (row: TimeInStageRow | undefined) =>
      row?.survival.map(({ day, atRisk, ended, censored }) => [day, atRisk, ended, censored]);

    it('gives the median, p90 and Kaplan–Meier median of each transition', async () => {
      const rows = await get<TimeInStageRow[]>('time-in-stage');
      expect(rows.map(figures)).toEqual([
        ['seizure_to_referral', 27, 22, 19, about(20.9), 19],
        ['referral_to_charges', 22, 17, 44, 51, 45],
        ['charges_to_verdict', 17, 15, 134, about(200.8), 143],
      ]);
    });

    it('censors the open cases at the as-of date and the other exits at theirs', async () => {
      const rows = await get<TimeInStageRow[]>('time-in-stage');
      expect(curve(rows[0])).toEqual([
        [10, 27, 2, 2],
        [14, 23, 1, 0],
        [15, 22, 5, 0],
        [16, 17, 1, 0],
        [17, 16, 1, 0],
        [19, 15, 4, 0],
        [20, 11, 5, 0],
        [21, 6, 3, 0],
        [22, 3, 0, 1],
        [425, 2, 0, 1],
        [515, 1, 0, 1],
      ]);
      expect(curve(rows[1])).toEqual([
        [0, 22, 1, 0],
        [20, 21, 1, 0],
        [21, 20, 1, 0],
        [27, 19, 1, 0],
        [30, 18, 0, 1],
        [35, 17, 1, 0],
        [36, 16, 1, 0],
        [41, 15, 0, 2],
        [42, 13, 2, 0],
        [44, 11, 1, 0],
        [45, 10, 1, 0],
        [46, 9, 2, 0],
        [47, 7, 1, 0],
        [51, 6, 3, 0],
        [52, 3, 1, 0],
        [61, 2, 0, 1],
        [370, 1, 0, 1],
      ]);
      expect(curve(rows[2])).toEqual([
        [30, 17, 1, 0],
        [92, 16, 1, 1],
        [94, 14, 1, 0],
        [97, 13, 2, 0],
        [122, 11, 1, 0],
        [123, 10, 1, 0],
        [134, 9, 1, 0],
        [143, 8, 1, 0],
        [158, 7, 1, 0],
        [169, 6, 1, 0],
        [173, 5, 1, 0],
        [184, 4, 1, 0],
        [212, 3, 1, 0],
        [219, 2, 1, 0],
        [486, 1, 0, 1],
      ]);
      // The product-limit survival around each median: 0.4428 (day 19), 0.4998 (45), 0.4412 (143).
      expect(rows[0]?.survival[5]?.survival).toBeCloseTo(0.442834138, 6);
      expect(rows[1]?.survival[10]?.survival).toBeCloseTo(0.499794323, 6);
      expect(rows[2]?.survival[7]?.survival).toBeCloseTo(0.441176471, 6);
    });
  });

  describe('penalty adequacy (section 5)', () => {
    it('compares each fine in force with the share of the value, in USD by the dated rates', async () => {
      // KES 134.822483279332 and EUR 0.923889546117607 per USD (2024; 2025 takes 2024's,
      // provisional). Fine ÷ share, sorted: C19 (1,000,000 / 134.822… = 7,417.16) / 50,000 =
      // 0.148343; C09, C17 0.25; C14 20,000 / 30,000 (its co-defendant overturned); C27 twice
      // (2,000,000 / 134.822… = 14,834.32) / 20,000 = 0.741716; C26 1; C15 14,834.32 / (10,000 /
      // 0.923889… = 10,823.80) = 1.370527; C18 (15,000 / 0.923889… = 16,235.71) / (4,000 +
      // 7,417.16) = 1.422044. p90 at rank 7.2: 1.370527 + 0.2 × 0.051517. Not counted: C16 (no
      // fine), C20 (no value), C21 (CDF has no rate).
      const rows = await get<PenaltyAdequacyRowResponse[]>('penalty-adequacy');
      expect(rows).toEqual([
        {
          id: 'KE',
          group: 'KE',
          sentenced: 12,
          valueKnown: 11,
          fineToShare: {
            counted: 9,
            notCounted: 3,
            median: about(0.741716),
            p25: 0.25,
            p75: 1,
            p90: about(1.380831),
          },
          fineToStatutoryMax: { counted: 10, notCounted: 2, median: about(0.15) },
          custodial: 3,
          suspended: 1,
          deterrent: 6,
          custodialShare: 3 / 12,
          suspendedShare: 1 / 12,
          deterrentShare: 6 / 12,
          ratesReadOn: '2026-11-28',
          provisionalRates: true,
        },
      ]);
    });

    it('shares the value between the co-defendants convicted on the earlier date', async () => {
      // C14 only: both convicted, a share of 15,000 each; 20,000 / 15,000 and 9,000 / 15,000.
      const rows = await get<PenaltyAdequacyRowResponse[]>('penalty-adequacy', { asOf: earlier });
      expect(rows).toEqual([
        {
          id: 'KE',
          group: 'KE',
          sentenced: 2,
          valueKnown: 2,
          fineToShare: {
            counted: 2,
            notCounted: 0,
            median: about(29_000 / 30_000),
            p25: about(23_500 / 30_000),
            p75: about(34_500 / 30_000),
            p90: about(37_800 / 30_000),
          },
          fineToStatutoryMax: { counted: 2, notCounted: 0, median: about(0.145) },
          custodial: 0,
          suspended: 0,
          deterrent: 1,
          custodialShare: 0,
          suspendedShare: 0,
          deterrentShare: 0.5,
          ratesReadOn: '2026-11-28',
          provisionalRates: false,
        },
      ]);
    });
  });

  describe('data completeness (section 6)', () => {
    it('counts the cases with value, outcome and disposal recorded', async () => {
      expect(await get<CompletenessRow[]>('completeness')).toEqual([
        {
          id: 'KE',
          group: 'KE',
          cases: 27,
          valueRecorded: 24,
          valueShare: 24 / 27,
          outcomeRecorded: 20,
          outcomeShare: 20 / 27,
          disposalRecorded: 4,
          disposalShare: 4 / 27,
        },
      ]);
    });

    it('lists the cases without an outcome, oldest seizure first', async () => {
      const missing = await get<IncompleteCase[]>('completeness/missing', {
        field: 'outcome',
        range: '[0,9]',
      });
      expect(missing.map((row) => [row.id, row.seizedOn])).toEqual([
        [caseIds.C23, '2024-01-05'],
        [caseIds.C05, '2024-02-01'],
        [caseIds.C03, '2024-05-01'],
        [caseIds.C22, '2024-06-01'],
        [caseIds.C24, '2024-06-10'],
        [caseIds.C25, '2025-05-01'],
        [caseIds.C04, '2025-06-20'],
      ]);
    });

    it('counts only the facts dated by the earlier date', async () => {
      expect(await get<CompletenessRow[]>('completeness', { asOf: earlier })).toEqual([
        {
          id: 'KE',
          group: 'KE',
          cases: 24,
          valueRecorded: 22,
          valueShare: 22 / 24,
          outcomeRecorded: 6,
          outcomeShare: 6 / 24,
          disposalRecorded: 1,
          disposalShare: 1 / 24,
        },
      ]);
    });
  });

  describe('breakdown funnel', () => {
    it('counts the cases at each step, where they left, and the days to a verdict', async () => {
      const kenya = {
        seized: 27,
        referred: 22,
        accepted: 21,
        charged: 17,
        convicted: 12,
        sentenced: 11,
        closed: 0,
        declined: 4,
        // C11 acquitted, C12 and C13 dismissed, and C14, whose co-defendant's conviction the
        // appeal court overturned: an acquittal on appeal is the verdict in force.
        dismissedOrAcquitted: 4,
        stalled: 4,
        verdicts: 15,
        medianDaysToVerdict: 180,
      };
      // One country: the total over every group counts the same cases.
      expect(await get<FunnelRowResponse[]>('funnel')).toEqual([
        { id: 'KE', group: 'KE', ...kenya },
        { id: 'total', group: 'total', ...kenya },
      ]);
    });
  });
});
