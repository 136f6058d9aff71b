import { caseStream } from '@greenchain/domain';
import { randomUUID } from 'node:crypto';
import { event, item, judged } from '@greenchain/domain/fixtures/case.fixtures';
import {
  appendEvents,
  project,
  readModelDatabase,
  type ReadModelFixture,
} from '../../test-support/read-model-fixture';
import { caseMoneyProjection } from './case-money.projection';

describe('case-money projection', () => {
  let fixture: ReadModelFixture;

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_case_money');
  });
  afterAll(() => fixture?.database.drop());

  const rowsOf = (caseId: string) =>
    fixture.database.dataSource.query<unknown[]>(
      `SELECT kind, ref, line, amount::float8 AS amount, currency, dated_on::text AS dated_on
         FROM case_money WHERE case_id = $1 ORDER BY kind DESC, ref, line`,
      [caseId],
    );

  it('keeps item values dated at the seizure and fine lines dated at the sentence, in their currencies', async () => {
    const caseId = randomUUID();
    await appendEvents(fixture.store, caseStream.streamId(caseId), judged);
    await project(fixture, caseMoneyProjection);
    expect(await rowsOf(caseId)).toEqual([
      {
        kind: 'value',
        ref: 'item-1',
        line: 0,
        amount: 27200,
        currency: 'USD',
        dated_on: '2024-03-01',
      },
      {
        kind: 'fine',
        ref: 'party-a',
        line: 0,
        amount: 20000,
        currency: 'USD',
        dated_on: '2024-05-10',
      },
    ]);
  });

  it('rewrites a case when it changes: a removed item leaves, an item without a value has no amount', async () => {
    const caseId = randomUUID();
    const version = await appendEvents(fixture.store, caseStream.streamId(caseId), judged);
    await project(fixture, caseMoneyProjection);
    await appendEvents(
      fixture.store,
      caseStream.streamId(caseId),
      [
        event(
          'CommodityItemAdded',
          { ...item, itemId: 'item-2', estimatedValue: undefined },
          '2024-06-01',
        ),
        event('CommodityItemRemoved', { itemId: 'item-1', reason: 'duplicate' }, '2024-06-01'),
      ],
      version,
    );
    await project(fixture, caseMoneyProjection);
    expect(await rowsOf(caseId)).toEqual([
      {
        kind: 'value',
        ref: 'item-2',
        line: 0,
        amount: null,
        currency: null,
        dated_on: '2024-03-01',
      },
      {
        kind: 'fine',
        ref: 'party-a',
        line: 0,
        amount: 20000,
        currency: 'USD',
        dated_on: '2024-05-10',
      },
    ]);
  });
});
