import { caseStream, type CaseEvent } from '@greenchain/domain';
import { randomUUID } from 'node:crypto';
import { charged, event, item, seizure, verdict } from '@greenchain/domain/fixtures/case.fixtures';
import { caseHistoryProjection } from '../projections';
import {
  appendEvents,
  project,
  readModelDatabase,
  type ReadModelFixture,
} from '../test-support/read-model-fixture';
import { WeakSentencesQuery } from './weak-sentences.query';

type Penalty =
  | { type: 'fine'; amount: { amount: number; currency: string } }
  | { type: 'imprisonment'; months: number; suspended: boolean };

const fine = (dollars: number): Penalty => ({
  type: 'fine',
  amount: { amount: dollars, currency: 'USD' },
});
const prison = (months: number, suspended: boolean): Penalty => ({
  type: 'imprisonment',
  months,
  suspended,
});
const imposed = (partyId: string, penaltyLines: Penalty[]): CaseEvent =>
  event(
    'SentenceImposed',
    {
      sentenceId: `sentence-${partyId}`,
      partyId,
      penaltyLines,
      statutoryMaximum: { fine: { amount: 50_000, currency: 'USD' } },
    },
    '2024-05-10',
  );

/** The charged case of the fixtures (one item of 27,200 USD) seized in a country under a reference. */
const chargedIn = (country: string, reference: string): CaseEvent[] => [
  event('SeizureRecorded', { ...seizure, country, reference }, '2024-03-01'),
  ...charged.slice(1),
];
const onlyAConvicted = [verdict('party-a', 'convicted'), verdict('party-b', 'acquitted')];
const bothConvicted = [verdict('party-a', 'convicted'), verdict('party-b', 'convicted')];

describe('weak sentences at an as-of date', () => {
  let fixture: ReadModelFixture;
  let query: WeakSentencesQuery;
  const ids = {
    twoWeak: randomUUID(),
    kenya: randomUUID(),
    deterrent: randomUUID(),
    custodial: randomUUID(),
    unknownValue: randomUUID(),
  };

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_weak_sentences');
    const cases: Record<keyof typeof ids, CaseEvent[]> = {
      // Two convicted: a share of 13,600 USD each; fines of 1,000 and 5,000 USD, 12 months suspended.
      twoWeak: [
        ...chargedIn('PY', 'PY/2024/1'),
        ...bothConvicted,
        imposed('party-a', [fine(1_000)]),
        imposed('party-b', [fine(5_000), prison(12, true)]),
      ],
      // One convicted, the whole 27,200 USD is the share: a fine of 8,000 USD.
      kenya: [
        ...chargedIn('KE', 'KE/2024/1'),
        ...onlyAConvicted,
        imposed('party-a', [fine(8_000)]),
      ],
      // A fine of 30,000 USD against a share of 27,200 USD: deterrent.
      deterrent: [
        ...chargedIn('PY', 'PY/2024/2'),
        ...onlyAConvicted,
        imposed('party-a', [fine(30_000)]),
      ],
      // A fine of 100 USD, and six months in prison: custodial, so deterrent.
      custodial: [
        ...chargedIn('PY', 'PY/2024/3'),
        ...onlyAConvicted,
        imposed('party-a', [fine(100), prison(6, false)]),
      ],
      // A second item without a value: the case value is unknown, so is the share.
      unknownValue: [
        ...chargedIn('PY', 'PY/2024/4'),
        event(
          'CommodityItemAdded',
          { ...item, itemId: 'item-2', estimatedValue: undefined },
          '2024-03-01',
        ),
        ...onlyAConvicted,
        imposed('party-a', [fine(100)]),
      ],
    };
    for (const [name, events] of Object.entries(cases)) {
      await appendEvents(fixture.store, caseStream.streamId(ids[name as keyof typeof ids]), events);
    }
    await project(fixture, caseHistoryProjection);
    query = new WeakSentencesQuery(fixture.database.dataSource);
  });
  afterAll(() => fixture?.database.drop());

  const weak = (
    caseId: string,
    place: number,
    [reference, country]: [string, string],
    [fineUsd, shareUsd]: [number, number],
  ) => ({
    id: `${caseId}/${place}`,
    caseId,
    reference,
    country,
    agreements: ['MP'],
    commodityGroups: ['ods'],
    sentencedOn: '2024-05-10',
    fineUsd,
    shareUsd,
    fineToShare: fineUsd / shareUsd,
    provisional: false,
  });

  it('lists the fines below the share of the value, weakest first, and leaves the others out', async () => {
    expect(await query.page({ asOf: '2024-12-31' }, [0, 24])).toEqual({
      total: 3,
      rows: [
        weak(ids.twoWeak, 1, ['PY/2024/1', 'PY'], [1_000, 13_600]),
        weak(ids.kenya, 1, ['KE/2024/1', 'KE'], [8_000, 27_200]),
        weak(ids.twoWeak, 2, ['PY/2024/1', 'PY'], [5_000, 13_600]),
      ],
    });
  });

  it('answers a page of the list with the total, for the cases of the filter', async () => {
    const second = await query.page({ asOf: '2024-12-31' }, [1, 1]);
    expect(second).toEqual({
      total: 3,
      rows: [weak(ids.kenya, 1, ['KE/2024/1', 'KE'], [8_000, 27_200])],
    });
    const kenya = await query.page({ country: ['KE'], asOf: '2024-12-31' }, [0, 24]);
    expect(kenya.rows.map((row) => row.caseId)).toEqual([ids.kenya]);
    expect((await query.page({ asOf: '2024-12-31' }, [3, 10])).rows).toEqual([]);
  });

  it('judges on the as-of date: nothing before the sentences', async () => {
    expect(await query.page({ asOf: '2024-05-09' }, [0, 24])).toEqual({ total: 0, rows: [] });
  });
});
