import { caseStream, type CaseEvent } from '@greenchain/domain';
import { randomUUID } from 'node:crypto';
import {
  charged,
  detected,
  event,
  item,
  judged,
  seizure,
  settled,
  verdict,
} from '@greenchain/domain/fixtures/case.fixtures';
import { caseHistoryProjection } from '../projections/case-history/case-history.projection';
import {
  appendEvents,
  project,
  readModelDatabase,
  type ReadModelFixture,
} from '../test-support/read-model-fixture';
import { CompletenessQuery } from './completeness.query';

const inFrancs = { ...item, estimatedValue: { amount: 1_000_000, currency: 'XAF' } };

const counts = (
  group: string,
  cases: number,
  value: number,
  outcome: number,
  disposal: number,
) => ({
  id: group,
  group,
  cases,
  valueRecorded: value,
  valueShare: value / cases,
  outcomeRecorded: outcome,
  outcomeShare: outcome / cases,
  disposalRecorded: disposal,
  disposalShare: disposal / cases,
});

describe('data completeness at an as-of date', () => {
  let fixture: ReadModelFixture;
  let query: CompletenessQuery;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_completeness');
    const cases: Record<string, CaseEvent[]> = {
      // Paraguay. Valued; A sentenced and B acquitted on 1 May 2024 (outcome); nothing disposed.
      judged,
      // Valued; settled on 5 March (outcome); the cylinders destroyed on 15 June.
      settledAndDestroyed: [
        ...settled,
        event(
          'GoodsDisposed',
          { disposalId: 'd-1', itemId: 'item-1', method: 'destroyed' },
          '2024-06-15',
        ),
      ],
      // A second item without a value: the case value is not recorded.
      unvalued: [
        ...detected,
        event(
          'CommodityItemAdded',
          { ...item, itemId: 'item-2', estimatedValue: undefined },
          '2024-03-02',
        ),
      ],
      // Valued in francs (a value need not convert to be recorded); A convicted awaiting sentence.
      awaitingSentence: [
        ...charged.map((fact) =>
          fact.type === 'CommodityItemAdded'
            ? event('CommodityItemAdded', inFrancs, '2024-03-01')
            : fact,
        ),
        verdict('party-a', 'convicted'),
        verdict('party-b', 'acquitted'),
      ],
      // Kenya: a seizure with no item yet.
      kenyan: [event('SeizureRecorded', { ...seizure, country: 'KE' }, '2024-03-01')],
    };
    for (const [name, events] of Object.entries(cases)) {
      ids[name] = randomUUID();
      await appendEvents(fixture.store, caseStream.streamId(ids[name]), events);
    }
    await project(fixture, caseHistoryProjection);
    query = new CompletenessQuery(fixture.database.dataSource);
  });
  afterAll(() => fixture?.database.drop());

  it('counts the cases with each fact recorded, and their share, per group', async () => {
    expect(await query.rows({ asOf: '2025-01-01' }, 'country')).toEqual([
      counts('KE', 1, 0, 0, 0),
      counts('PY', 4, 3, 2, 1),
    ]);
  });

  it('counts only facts dated on or before the as-of date', async () => {
    // 15 April 2024: the verdicts (1 May) and the destruction (15 June) are still to come.
    expect(await query.rows({ country: ['PY'], asOf: '2024-04-15' }, 'country')).toEqual([
      counts('PY', 4, 3, 1, 0),
    ]);
  });

  it('lists the cases missing a fact, a page at a time', async () => {
    const missingOutcome = [ids.unvalued, ids.awaitingSentence].sort();
    const filter = { country: ['PY'], asOf: '2025-01-01' };
    const page = await query.missing(filter, 'outcome', [0, 0]);
    expect(page).toEqual({
      total: 2,
      rows: [{ id: missingOutcome[0], reference: null, country: 'PY', seizedOn: '2024-03-01' }],
    });
    expect((await query.missing(filter, 'outcome', [1, 5])).rows.map((row) => row.id)).toEqual([
      missingOutcome[1],
    ]);
    expect(await query.missing(filter, 'outcome', [5, 9])).toEqual({ total: 2, rows: [] });
    expect((await query.missing(filter, 'value', [0, 9])).rows.map((row) => row.id)).toEqual([
      ids.unvalued,
    ]);
    expect((await query.missing(filter, 'disposal', [0, 9])).total).toBe(3);
  });

  it('refuses a field it does not know, naming the parameter', async () => {
    await expect(query.missing({ asOf: '2025-01-01' }, 'toString', [0, 9])).rejects.toMatchObject({
      parameter: 'field',
    });
  });
});
