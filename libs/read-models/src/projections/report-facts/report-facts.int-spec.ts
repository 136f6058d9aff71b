import { caseStream } from '@greenchain/domain';
import { randomUUID } from 'node:crypto';
import { companyB, event, item, personA, seizure } from '@greenchain/domain/fixtures/case.fixtures';
import {
  appendEvents,
  project,
  readModelDatabase,
  type ReadModelFixture,
} from '../../test-support/read-model-fixture';
import { reportFactsProjection } from './report-facts.projection';
import { ReportFactsQuery } from './report-facts.query';

describe('report-facts projection', () => {
  let fixture: ReadModelFixture;
  let query: ReportFactsQuery;

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_report_facts');
    query = new ReportFactsQuery(fixture.database.dataSource);
  });
  afterAll(() => fixture?.database.drop());

  /** A case of its own country, so each test reads only its own. */
  const recorded = async (country: string, ...extra: Parameters<typeof event>[]) => {
    const caseId = randomUUID();
    await appendEvents(fixture.store, caseStream.streamId(caseId), [
      event(
        'SeizureRecorded',
        { ...seizure, country, movementStartedOn: '2024-02-12' },
        '2024-03-01',
      ),
      event('CommodityItemAdded', item, '2024-03-01'),
      ...extra.map((args) => event(...args)),
    ]);
    await project(fixture, reportFactsProjection);
    const [facts] = await query.cases(country, 2024);
    return facts;
  };

  it("carries the movement date and a person's sex and age band, and no personal field", async () => {
    const facts = await recorded(
      'PY',
      ['PartyAdded', { ...personA, sex: 'female', ageBand: 'juvenile' }, '2024-03-01'],
      ['PartyAdded', companyB, '2024-03-01'],
    );
    expect(facts?.movementStartedOn).toBe('2024-02-12');
    expect(facts?.seizedOn).toBe('2024-03-01');
    expect(facts?.defendants.map(({ partyId, sex, ageBand }) => [partyId, sex, ageBand])).toEqual([
      ['party-a', 'female', 'juvenile'],
      ['party-b', null, null],
    ]);
    const [hits] = await fixture.database.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM report_facts t
        WHERE t::text LIKE '%Pérez%' OR t::text LIKE '%1975-04-12%' OR t::text LIKE '%Ana Gómez%'`,
    );
    expect(hits?.n).toBe(0);
  });

  it('takes the sex and age band of the latest amendment, and none once the party is a company', async () => {
    const amended = await recorded(
      'AR',
      ['PartyAdded', personA, '2024-03-01'],
      ['PartyAmended', { ...personA, sex: 'male', ageBand: 'adult' }, '2024-03-05'],
    );
    expect(amended?.defendants.map(({ sex, ageBand }) => [sex, ageBand])).toEqual([
      ['male', 'adult'],
    ]);
    const company = await recorded(
      'BR',
      ['PartyAdded', { ...personA, sex: 'male', ageBand: 'adult' }, '2024-03-01'],
      ['PartyAmended', { ...personA, kind: 'company', sex: 'male' }, '2024-03-05'],
    );
    expect(company?.defendants.map(({ sex, ageBand }) => [sex, ageBand])).toEqual([[null, null]]);
  });

  it('leaves the movement date empty when the seizure did not record one', async () => {
    const caseId = randomUUID();
    await appendEvents(fixture.store, caseStream.streamId(caseId), [
      event('SeizureRecorded', { ...seizure, country: 'CL' }, '2024-03-01'),
    ]);
    await project(fixture, reportFactsProjection);
    const [facts] = await query.cases('CL', 2024);
    expect(facts?.movementStartedOn).toBeNull();
  });
});
