import { caseStream } from '@greenchain/domain';
import { randomUUID } from 'node:crypto';
import { detected, event, judged, sentence } from '@greenchain/domain/fixtures/case.fixtures';
import { caseSummaryProjection, defendantsProjection } from '../projections';
import {
  appendEvents,
  project,
  readModelDatabase,
  type ReadModelFixture,
} from '../test-support/read-model-fixture';
import { ChainFunnelQuery } from './chain-funnel.query';

describe('chain funnel counts', () => {
  let fixture: ReadModelFixture;

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_funnel');
    // A convicted with a suspended term and a fine below the goods' value; B acquitted.
    await appendEvents(fixture.store, caseStream.streamId(randomUUID()), judged);
    // The same, but A gets a fine of the whole case value: deterrent.
    const heavy = event(
      'SentenceImposed',
      {
        sentenceId: 'sentence-party-a',
        partyId: 'party-a',
        ...sentence,
        penaltyLines: [{ type: 'fine', amount: { amount: 27200, currency: 'USD' } }],
      },
      '2024-05-10',
    );
    await appendEvents(fixture.store, caseStream.streamId(randomUUID()), [
      ...judged.slice(0, -1),
      heavy,
    ]);
    await appendEvents(fixture.store, caseStream.streamId(randomUUID()), detected);
    await project(fixture, caseSummaryProjection);
    await project(fixture, defendantsProjection);
  });
  afterAll(() => fixture?.database.drop());

  it('counts cases and defendants at each step, deterrent by custody or fine against value', async () => {
    expect(await new ChainFunnelQuery(fixture.database.dataSource).counts()).toEqual([
      { step: 'seized', cases: 3, defendants: 6 },
      { step: 'referred_or_settled', cases: 2, defendants: 4 },
      { step: 'charged', cases: 2, defendants: 4 },
      { step: 'convicted', cases: 2, defendants: 2 },
      { step: 'sentenced', cases: 2, defendants: 2 },
      { step: 'deterrent', cases: 1, defendants: 1 },
    ]);
  });

  it('filters by country and seizure dates', async () => {
    const query = new ChainFunnelQuery(fixture.database.dataSource);
    expect((await query.counts({ country: ['AR'] }))[0]).toEqual({
      step: 'seized',
      cases: 0,
      defendants: 0,
    });
    expect((await query.counts({ seizedFrom: '2024-03-01', seizedTo: '2024-03-01' }))[0]).toEqual({
      step: 'seized',
      cases: 3,
      defendants: 6,
    });
  });
});
