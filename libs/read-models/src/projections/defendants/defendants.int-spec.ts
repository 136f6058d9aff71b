import { caseStream } from '@greenchain/domain';
import { randomUUID } from 'node:crypto';
import { charged, event, judged } from '@greenchain/domain/fixtures/case.fixtures';
import {
  appendEvents,
  project,
  readModelDatabase,
  type ReadModelFixture,
} from '../../test-support/read-model-fixture';
import { defendantsProjection } from './defendants.projection';
import { DefendantsQuery } from './defendants.query';

describe('defendants projection', () => {
  let fixture: ReadModelFixture;
  let query: DefendantsQuery;

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_defendants');
    query = new DefendantsQuery(fixture.database.dataSource);
  });
  afterAll(() => fixture?.database.drop());

  it('gives each defendant its outcome and the penalty adequacy inputs', async () => {
    const caseId = randomUUID();
    await appendEvents(fixture.store, caseStream.streamId(caseId), judged);
    await project(fixture, defendantsProjection);
    const { rows } = await query.list({ filter: { caseId }, sort: ['partyId', 'ASC'] });
    expect(rows).toEqual([
      expect.objectContaining({
        partyId: 'party-a',
        kind: 'person',
        role: 'consignee',
        status: 'sentenced',
        stage: 'SENTENCED',
        chargedOn: '2024-04-01',
        iccsClasses: ['1001'],
        verdict: 'convicted',
        sentencedOn: '2024-05-10',
        fineAmount: 20000,
        fineCurrency: 'USD',
        imprisonmentMonths: 12,
        imprisonmentSuspended: true,
        custodial: false,
        statutoryMaxFineAmount: 50000,
        statutoryMaxMonths: 60,
      }),
      expect.objectContaining({ partyId: 'party-b', status: 'acquitted', fineAmount: null }),
    ]);
  });

  it('records withdrawals with their reason and stores no personal field', async () => {
    const caseId = randomUUID();
    const withdrawn = event(
      'ChargesWithdrawn',
      { partyId: 'party-b', chargeIds: ['charge-party-b'], reasonCode: 'insufficient_evidence' },
      '2024-04-20',
    );
    await appendEvents(fixture.store, caseStream.streamId(caseId), [...charged, withdrawn]);
    await project(fixture, defendantsProjection);
    const { rows } = await query.list({ filter: { caseId, status: 'withdrawn' } });
    expect(rows).toEqual([
      expect.objectContaining({
        partyId: 'party-b',
        withdrawnReason: 'insufficient_evidence',
        withdrawnOn: '2024-04-20',
      }),
    ]);
    const [hits] = await fixture.database.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM defendants t
        WHERE t::text LIKE '%Pérez%' OR t::text LIKE '%P1234567%' OR t::text LIKE '%Ana Gómez%'`,
    );
    expect(hits?.n).toBe(0);
  });
});
