import { randomUUID } from 'node:crypto';
import { caseStream, type CaseCommand } from '@greenchain/domain';
import {
  caseSummaryProjection,
  deadlinesProjection,
  defaultStalledDeadlines,
  dueDeadlines,
} from '@greenchain/read-models';
import { detected, referred } from '@greenchain/domain/fixtures/case.fixtures';
import {
  appendEvents,
  project,
  readModelDatabase,
  type ReadModelFixture,
} from '../../../read-models/src/test-support/read-model-fixture';
import { handleCommand } from '../handling/handle-command';
import { flagMissedDeadlines } from './flag-missed-deadlines';

describe('stage deadlines: projection, scan and StageDeadlineMissed', () => {
  let fixture: ReadModelFixture;
  const caseId = randomUUID();

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_deadlines');
    // Referred on 10 March 2024: 180 days to a charge decision, due on 6 September.
    await appendEvents(fixture.store, caseStream.streamId(caseId), referred);
    await project(fixture, deadlinesProjection);
  });
  afterAll(() => fixture?.database.drop());

  const due = (asOf: string, deadlines = defaultStalledDeadlines) =>
    dueDeadlines(fixture.database.dataSource, deadlines, asOf);

  it('is due strictly after the deadline day, with per-country deadlines', async () => {
    expect(await due('2024-09-06')).toEqual([]);
    expect(await due('2024-09-07')).toEqual([
      { caseId, step: 'charge_decision', partyId: undefined, deadline: '2024-09-06' },
    ]);
    const paraguay = { ...defaultStalledDeadlines, byCountry: { PY: { charge_decision: 90 } } };
    expect(await due('2024-06-09', paraguay)).toEqual([
      expect.objectContaining({ step: 'charge_decision', deadline: '2024-06-08' }),
    ]);
  });

  it('flags a missed deadline once, as a StageDeadlineMissed event of the case', async () => {
    const now = new Date('2024-09-07T06:00:00Z');
    expect(await flagMissedDeadlines(fixture.store, await due('2024-09-07'), now)).toBe(1);
    // The scan runs again before the projection caught up: same command id, nothing appended.
    expect(await flagMissedDeadlines(fixture.store, await due('2024-09-07'), now)).toBe(0);
    const { events } = await fixture.store.readStream(caseStream.streamId(caseId));
    expect(events.at(-1)).toMatchObject({
      type: 'StageDeadlineMissed',
      data: { step: 'charge_decision', deadline: '2024-09-06' },
      metadata: { actor: { role: 'system' } },
    });
    await project(fixture, deadlinesProjection);
    expect(await due('2024-09-07')).toEqual([]);
  });
});

describe('a flagged step recorded late with an in-time business date', () => {
  let fixture: ReadModelFixture;
  const caseId = randomUUID();
  const streamId = caseStream.streamId(caseId);

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_deadline_withdrawn');
    // Seized on 1 March 2024: the referral decision is due on 31 March.
    await appendEvents(fixture.store, streamId, detected);
    await project(fixture, deadlinesProjection);
    const due = await dueDeadlines(
      fixture.database.dataSource,
      defaultStalledDeadlines,
      '2024-04-02',
    );
    await flagMissedDeadlines(fixture.store, due, new Date('2024-04-02T06:00:00Z'));
  });
  afterAll(() => fixture?.database.drop());

  const standing = async () => {
    await project(fixture, deadlinesProjection);
    await project(fixture, caseSummaryProjection);
    const [summary] = await fixture.database.dataSource.query<{ missed_deadline_count: number }[]>(
      'SELECT missed_deadline_count FROM case_summary WHERE case_id = $1',
      [caseId],
    );
    const clocks = await fixture.database.dataSource.query<unknown[]>(
      'SELECT step, started_on::text AS started_on, missed_deadline FROM stage_deadlines WHERE case_id = $1',
      [caseId],
    );
    return { count: summary?.missed_deadline_count, clocks };
  };

  it('no longer counts the flag once the referral, dated 25 March, is recorded on 5 April', async () => {
    expect((await standing()).count).toBe(1);
    const referral: CaseCommand = {
      type: 'ReferToProsecution',
      data: { referralId: 'ref-1', office: 'Fiscalía Ambiental', summary: 'HCFC-22' },
      metadata: {
        actor: { userId: 'customs-1', role: 'customs', agency: 'customs-agency', country: 'PY' },
        occurredAt: '2024-03-25',
        recordedAt: '2024-04-05T09:00:00.000Z',
      },
    };
    const { events } = await handleCommand(fixture.store, caseStream, caseId, referral);
    expect(events.map((event) => event.type)).toEqual([
      'CaseReferredToProsecution',
      'StageDeadlineMissWithdrawn',
    ]);
    expect(await standing()).toEqual({
      count: 0,
      clocks: [{ step: 'charge_decision', started_on: '2024-03-25', missed_deadline: null }],
    });
  });
});
