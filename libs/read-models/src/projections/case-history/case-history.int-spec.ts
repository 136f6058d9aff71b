import { caseStream } from '@greenchain/domain';
import { randomUUID } from 'node:crypto';
import { charged, event, verdict } from '../../../../domain/src/fixtures/case.fixtures';
import {
  appendEvents,
  project,
  readModelDatabase,
  type ReadModelFixture,
} from '../../test-support/read-model-fixture';
import { caseHistoryProjection } from './case-history.projection';

describe('case history projection', () => {
  let fixture: ReadModelFixture;

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_case_history');
  });
  afterAll(() => fixture.database.drop());

  const rowsOf = (sql: string, caseId: string) => fixture.database.dataSource.query(sql, [caseId]);

  it('keeps each business day of a case, a late entry placed on its own date', async () => {
    const caseId = randomUUID();
    // B's withdrawal, dated 20 April, is recorded after A's verdict of 1 May.
    const withdrawn = event(
      'ChargesWithdrawn',
      { partyId: 'party-b', chargeIds: ['charge-party-b'], reasonCode: 'insufficient_evidence' },
      '2024-04-20',
    );
    await appendEvents(fixture.store, caseStream.streamId(caseId), [
      ...charged,
      verdict('party-a', 'convicted'),
      withdrawn,
    ]);
    await project(fixture, caseHistoryProjection);

    expect(
      await rowsOf(
        `SELECT valid_from::text, valid_until::text, stage, referred_on::text, convicted_count
           FROM case_history WHERE case_id = $1 ORDER BY valid_from`,
        caseId,
      ),
    ).toEqual([
      row('2024-03-01', '2024-03-10', 'DETECTION', null, 0),
      row('2024-03-10', '2024-03-15', 'REFERRED', '2024-03-10', 0),
      row('2024-03-15', '2024-04-01', 'PROSECUTION', '2024-03-10', 0),
      row('2024-04-01', '2024-04-20', 'CHARGED', '2024-03-10', 0),
      row('2024-04-20', '2024-05-01', 'CHARGED', '2024-03-10', 0),
      row('2024-05-01', null, 'TRIAL', '2024-03-10', 1),
    ]);
    expect(
      await rowsOf(
        `SELECT party_id, status FROM defendant_history
          WHERE case_id = $1 AND valid_from <= '2024-04-25'
            AND (valid_until IS NULL OR valid_until > '2024-04-25')
          ORDER BY party_id`,
        caseId,
      ),
    ).toEqual([
      { party_id: 'party-a', status: 'charged' },
      { party_id: 'party-b', status: 'withdrawn' },
    ]);
  });

  it('holds no row for the days before the seizure', async () => {
    const caseId = randomUUID();
    await appendEvents(fixture.store, caseStream.streamId(caseId), charged.slice(0, 1));
    await project(fixture, caseHistoryProjection);
    expect(
      await rowsOf(`SELECT valid_from::text FROM case_history WHERE case_id = $1`, caseId),
    ).toEqual([{ valid_from: '2024-03-01' }]);
  });
});

function row(
  from: string,
  until: string | null,
  stage: string,
  referredOn: string | null,
  convicted: number,
) {
  return {
    valid_from: from,
    valid_until: until,
    stage,
    referred_on: referredOn,
    convicted_count: convicted,
  };
}
