import { caseStream, type CaseEvent } from '@greenchain/domain';
import { randomUUID } from 'node:crypto';
import {
  accepted,
  charged,
  chargesFiled,
  detected,
  event,
  referred,
  seizure,
  verdict,
} from '@greenchain/domain/fixtures/case.fixtures';
import { caseHistoryProjection } from '../projections/case-history/case-history.projection';
import { defaultStalledDeadlines } from '../projections/case-summary/stalled-deadlines';
import {
  appendEvents,
  project,
  readModelDatabase,
  type ReadModelFixture,
} from '../test-support/read-model-fixture';
import { StalledQuery } from './stalled.query';

const flag = { step: 'referral_decision' as const, deadline: '2024-03-31' };
const referral = { referralId: 'ref-1', office: 'Fiscalía Ambiental', summary: 'HCFC-22' };

/** A Kenyan seizure of 1 March 2024, flagged by the scan on 2 April, its referral of 20 March entered after. */
const flaggedThenReferredInTime: CaseEvent[] = [
  event('SeizureRecorded', { ...seizure, country: 'KE' }, '2024-03-01'),
  event('StageDeadlineMissed', flag, '2024-04-02'),
  event('CaseReferredToProsecution', referral, '2024-03-20'),
  event('StageDeadlineMissWithdrawn', flag, '2024-03-20'),
];

const row = (
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

describe('stalled steps at an as-of date', () => {
  let fixture: ReadModelFixture;
  let query: StalledQuery;

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_stalled');
    const cases: CaseEvent[][] = [
      // Paraguay. A: seized 1 March 2024, never referred.
      detected,
      // B: referred on 10 March 2024, no charge decision.
      referred,
      // C: both defendants charged on 1 April 2024, no verdict.
      charged,
      // D: both charged on 1 June 2024; B acquitted on 1 July, A awaits a verdict.
      [
        ...accepted,
        chargesFiled('party-a', '2024-06-01'),
        chargesFiled('party-b', '2024-06-01'),
        verdict('party-b', 'acquitted', '2024-07-01'),
      ],
      flaggedThenReferredInTime,
    ];
    for (const events of cases) {
      await appendEvents(fixture.store, caseStream.streamId(randomUUID()), events);
    }
    await project(fixture, caseHistoryProjection);
    query = new StalledQuery(fixture.database.dataSource);
  });
  afterAll(() => fixture?.database.drop());

  it('counts pending and stalled steps per case, and the verdict per defendant', async () => {
    // 10 April 2025 is 405 days after 1 March 2024, 396 after 10 March, 386 after 20 March,
    // 374 after 1 April and 313 after 1 June. Deadlines: 30, 180 and 365 days.
    expect(await query.rows({ asOf: '2025-04-10' }, 'country')).toEqual([
      row('KE', 'referral_decision', 0, 0, [null, null, null, null]),
      row('KE', 'charge_decision', 1, 1, [386, 386, 206, 206]),
      row('KE', 'verdict', 0, 0, [null, null, null, null]),
      row('PY', 'referral_decision', 1, 1, [405, 405, 375, 375]),
      row('PY', 'charge_decision', 1, 1, [396, 396, 216, 216]),
      row('PY', 'verdict', 3, 2, [374, 374, 9, 9]),
    ]);
  });

  it('judges on business dates: a referral dated in time and entered after a flag is not stalled', async () => {
    const kenya = (asOf: string) => query.rows({ country: ['KE'], asOf }, 'country');
    expect(await kenya('2024-03-15')).toEqual([
      row('KE', 'referral_decision', 1, 0, [14, 14, null, null]),
      row('KE', 'charge_decision', 0, 0, [null, null, null, null]),
      row('KE', 'verdict', 0, 0, [null, null, null, null]),
    ]);
    expect((await kenya('2024-04-15'))[0]).toEqual(
      row('KE', 'referral_decision', 0, 0, [null, null, null, null]),
    );
  });

  it('does not count the deadline day itself as stalled', async () => {
    // 31 March 2024 is the 30th day after the seizure of 1 March: due, not yet stalled.
    const [onDeadline] = await query.rows({ country: ['PY'], asOf: '2024-03-31' }, 'country');
    expect(onDeadline).toEqual(row('PY', 'referral_decision', 1, 0, [30, 30, null, null]));
    const [dayAfter] = await query.rows({ country: ['PY'], asOf: '2024-04-01' }, 'country');
    expect(dayAfter).toEqual(row('PY', 'referral_decision', 1, 1, [31, 31, 1, 1]));
  });

  it("uses the case's country's own deadlines", async () => {
    const paraguay = { ...defaultStalledDeadlines, byCountry: { PY: { verdict: 300 } } };
    const rows = await new StalledQuery(fixture.database.dataSource, paraguay).rows(
      { country: ['PY'], asOf: '2025-04-10' },
      'country',
    );
    // Over 300 days: C's two defendants 74 days overdue, D's A 13.
    expect(rows[2]).toEqual(row('PY', 'verdict', 3, 3, [374, 374, 74, 74]));
  });
});
