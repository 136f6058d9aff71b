import { type ChainFunnelRow, type DropOutRow } from '@greenchain/contracts';
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
import { caseCommand } from '../support/case-commands';
import { signInRoles } from '../support/role-tokens';
import { startTestApp, type TestApp } from '../support/test-app';

describe('analytics: the funnel in cases and defendants, and the drop-outs by reason', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  const tokens: Record<string, string> = {};

  const post = (who: string, path: string, body: object) =>
    caseCommand(http, tokens[who] ?? '', path, body);

  /** A Kenyan seizure of 1 March 2024 with its item and parties; their ids. */
  const seized = async (parties: readonly object[]) => {
    const caseId = (await post('customs', '', seizureRequest())).id;
    await post('customs', `/${caseId}/items`, itemRequest);
    const partyIds: string[] = [];
    for (const party of parties) {
      partyIds.push((await post('customs', `/${caseId}/parties`, party)).created.partyId ?? '');
    }
    return { caseId, partyIds };
  };

  /** Referred on 20 March, accepted on 2 April, the consignee charged on 15 April. */
  const charged = async (parties: readonly object[]) => {
    const { caseId, partyIds } = await seized(parties);
    const referral = (await post('customs', `/${caseId}/refer-to-prosecution`, referralRequest))
      .created.referralId;
    await post('prosecutor', `/${caseId}/referrals/${referral}/accept`, {
      occurredAt: '2024-04-02',
    });
    await post('prosecutor', `/${caseId}/defendants/${partyIds[0]}/charges`, chargesRequest);
    return { caseId, partyIds };
  };

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
    // Consignee convicted on 10 September and fined on 24 September; the forwarder declined.
    const judged = await charged([consigneeRequest, forwarderRequest]);
    const [consignee, forwarder] = judged.partyIds;
    await post('prosecutor', `/${judged.caseId}/decline-prosecution`, declineRequest(forwarder!));
    await post('judiciary', `/${judged.caseId}/defendants/${consignee}/verdict`, verdictRequest);
    await post('judiciary', `/${judged.caseId}/defendants/${consignee}/sentence`, sentenceRequest);
    // Settled by customs on 10 March, both parties bound.
    const settled = await seized([consigneeRequest, forwarderRequest]);
    await post('customs', `/${settled.caseId}/settle-administratively`, {
      occurredAt: '2024-03-10',
      partyIds: settled.partyIds,
      penaltyLines: [{ type: 'fine', amount: { amount: 5000, currency: 'KES' } }],
      reExportOrder: true,
    });
    // The consignee's charges withdrawn on 1 June: the whole case dropped out.
    const withdrawn = await charged([consigneeRequest]);
    await post(
      'prosecutor',
      `/${withdrawn.caseId}/defendants/${withdrawn.partyIds[0]}/withdraw-charges`,
      { occurredAt: '2024-06-01', reasonCode: 'insufficient_evidence' },
    );
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
  const reached = (rows: ChainFunnelRow[]) =>
    rows.map((row) => [
      row.id,
      ...row.steps.map(({ step, reached }) => `${step} ${reached.cases}/${reached.defendants}`),
    ]);

  it('counts what reached each step in cases and defendants, with the rates', async () => {
    const rows = await expectEventually(
      async () => {
        const funnel = await get<ChainFunnelRow[]>('customs', 'chain-funnel');
        expect(funnel[0]?.steps.find((step) => step.step === 'sentenced')?.reached.cases).toBe(1);
        expect(funnel[0]?.referred.cases).toBe(2);
        return funnel;
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    expect(reached(rows)).toEqual([
      [
        'KE',
        'seized 3/5',
        'referred_or_settled 3/5',
        'charged 2/2',
        'convicted 1/1',
        'sentenced 1/1',
        // A fine of KES 2,000,000 (USD 14,834) is below the consignee's share of USD 27,200.
        'deterrent 0/0',
      ],
    ]);
    expect(rows[0]).toMatchObject({
      referred: { cases: 2, defendants: 3 },
      settled: { cases: 1, defendants: 2 },
      chargedOfReferred: { cases: 1, defendants: 2 / 3 },
    });
    expect(rows[0]?.steps[2]).toMatchObject({
      ofPrevious: { cases: 2 / 3, defendants: 2 / 5 },
      ofSeized: { cases: 2 / 3, defendants: 2 / 5 },
    });
    // Before the verdict of 10 September, nobody was convicted: the rates over 0 are null.
    const before = await get<ChainFunnelRow[]>('customs', 'chain-funnel', { asOf: '2024-09-09' });
    expect(before[0]?.steps[4]).toEqual({
      step: 'sentenced',
      reached: { cases: 0, defendants: 0 },
      ofPrevious: { cases: null, defendants: null },
      ofSeized: { cases: 0, defendants: 0 },
    });
    expect(await get('uganda', 'chain-funnel')).toEqual([]);
    // Analysts read the counts of one or two hidden, with the rates over them; zeros stay.
    const analyst = await get<ChainFunnelRow[]>('analyst', 'chain-funnel');
    expect(reached(analyst)).toEqual([
      [
        'KE',
        'seized 3/5',
        'referred_or_settled 3/5',
        'charged null/null',
        'convicted null/null',
        'sentenced null/null',
        'deterrent 0/0',
      ],
    ]);
    expect(analyst[0]).toMatchObject({
      referred: { cases: null, defendants: 3 },
      settled: { cases: null, defendants: null },
      chargedOfReferred: { cases: null, defendants: null },
      suppressed: true,
    });
  }, 60_000);

  it('counts drop-outs by reason, a case once every defendant dropped out, settlements apart', async () => {
    const rows = await expectEventually(
      async () => {
        const dropOuts = await get<DropOutRow[]>('customs', 'drop-outs');
        expect(dropOuts[0]?.droppedOut.cases).toBe(1);
        return dropOuts;
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    expect(rows).toEqual([
      {
        id: 'KE',
        group: 'KE',
        total: { cases: 3, defendants: 5 },
        droppedOut: { cases: 1, defendants: 2 },
        reasons: [
          { reason: 'declined', reasonCode: 'insufficient_evidence', cases: 0, defendants: 1 },
          { reason: 'withdrawn', reasonCode: null, cases: 1, defendants: 1 },
          { reason: 'acquitted', reasonCode: null, cases: 0, defendants: 0 },
          { reason: 'dismissed_on_merits', reasonCode: null, cases: 0, defendants: 0 },
          { reason: 'dismissed_procedural', reasonCode: null, cases: 0, defendants: 0 },
          { reason: 'overturned_on_appeal', reasonCode: null, cases: 0, defendants: 0 },
        ],
        settled: { cases: 1, defendants: 2 },
      },
    ]);
    // Before the withdrawal of 1 June only the forwarder had dropped out.
    const before = await get<DropOutRow[]>('customs', 'drop-outs', { asOf: '2024-05-31' });
    expect(before[0]?.droppedOut).toEqual({ cases: 0, defendants: 1 });
    const byAgreement = await get<DropOutRow[]>('prosecutor', 'drop-outs', {
      groupBy: 'agreement',
    });
    expect(byAgreement.map((row) => [row.id, row.total.cases])).toEqual([['MP', 3]]);
  }, 60_000);

  it('names the parameter that is wrong', async () => {
    for (const path of ['chain-funnel', 'drop-outs']) {
      const asOf = await http
        .get(`/api/analytics/${path}`)
        .query({ asOf: '2024-02-30' })
        .set(bearer(tokens.analyst ?? ''))
        .expect(400);
      expect(problemOf(asOf).field).toBe('asOf');
      const group = await http
        .get(`/api/analytics/${path}`)
        .query({ groupBy: 'party' })
        .set(bearer(tokens.analyst ?? ''))
        .expect(400);
      expect(JSON.stringify(problemOf(group))).toContain('groupBy');
      await http.get(`/api/analytics/${path}`).expect(401);
    }
  });
});
