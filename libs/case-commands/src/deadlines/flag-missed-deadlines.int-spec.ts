import { randomUUID } from 'node:crypto';
import { caseStream } from '@greenchain/domain';
import {
  deadlinesProjection,
  defaultStalledDeadlines,
  dueDeadlines,
} from '@greenchain/read-models';
import { referred } from '@greenchain/domain/fixtures/case.fixtures';
import {
  appendEvents,
  project,
  readModelDatabase,
  type ReadModelFixture,
} from '../../../read-models/src/test-support/read-model-fixture';
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
