import type { ChainFunnelRow } from '@greenchain/contracts';
import { projectChainCases } from '../test-support/chain-cases';
import { readModelDatabase, type ReadModelFixture } from '../test-support/read-model-fixture';
import { ChainFunnelQuery } from './chain-funnel.query';

/** Each step as [step, cases, defendants]. */
const reached = (row: ChainFunnelRow | undefined) =>
  row?.steps.map(({ step, reached }) => [step, reached.cases, reached.defendants]);

describe('chain funnel at an as-of date', () => {
  let fixture: ReadModelFixture;
  let query: ChainFunnelQuery;

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_chain_funnel');
    await projectChainCases(fixture);
    query = new ChainFunnelQuery(fixture.database.dataSource);
  });
  afterAll(() => fixture?.database.drop());

  const funnel = (asOf: string, filter: object = {}) => query.rows({ asOf, ...filter }, 'country');

  it('counts what ever reached each step, in cases and defendants', async () => {
    const [kenya, paraguay] = await funnel('2030-01-01');
    // Defendants stop at: seized 2 (detected); referred or settled 6 (settled 2, declined A,
    // declined-all 3); charged 5 (withdrawn, acquitted, both dismissed, A overturned); sentenced 1
    // (B of the overturned case: its fine of 20,000 is below its share of the value, 27,200, now
    // that it is the only one convicted); deterrent 1 (B of declined-one, in prison).
    expect(reached(paraguay)).toEqual([
      ['seized', 7, 15],
      ['referred_or_settled', 6, 13],
      ['charged', 4, 7],
      ['convicted', 2, 2],
      ['sentenced', 2, 2],
      ['deterrent', 1, 1],
    ]);
    expect(paraguay?.referred).toEqual({ cases: 5, defendants: 11 });
    expect(paraguay?.settled).toEqual({ cases: 1, defendants: 2 });
    expect(paraguay?.chargedOfReferred).toEqual({ cases: 4 / 5, defendants: 7 / 11 });
    expect(paraguay?.steps[2]).toMatchObject({
      ofPrevious: { cases: 4 / 6, defendants: 7 / 13 },
      ofSeized: { cases: 4 / 7, defendants: 7 / 15 },
    });
    expect(paraguay?.steps[0]?.ofPrevious).toEqual({ cases: null, defendants: null });
    // No defendant named: the case reaches referral, the defendant rates are unknown, not 0.
    expect(reached(kenya)).toEqual([
      ['seized', 1, 0],
      ['referred_or_settled', 1, 0],
      ['charged', 0, 0],
      ['convicted', 0, 0],
      ['sentenced', 0, 0],
      ['deterrent', 0, 0],
    ]);
    expect(kenya?.steps[1]?.ofPrevious).toEqual({ cases: 1, defendants: null });
    expect(kenya?.steps[2]?.ofPrevious).toEqual({ cases: 0, defendants: null });
    expect(kenya?.chargedOfReferred).toEqual({ cases: 0, defendants: null });
  });

  it('counts a conviction until the appeal that overturns it', async () => {
    const [, paraguay] = await funnel('2024-08-01');
    // Two convicted in the overturned case: each fine of 20,000 covers a share of 13,600.
    expect(reached(paraguay)?.slice(3)).toEqual([
      ['convicted', 2, 3],
      ['sentenced', 2, 3],
      ['deterrent', 2, 3],
    ]);
  });

  it('leaves out the verdicts and withdrawals dated after the as-of date', async () => {
    const [, paraguay] = await funnel('2024-04-15');
    expect(reached(paraguay)).toEqual([
      ['seized', 7, 15],
      ['referred_or_settled', 6, 13],
      ['charged', 4, 7],
      ['convicted', 0, 0],
      ['sentenced', 0, 0],
      ['deterrent', 0, 0],
    ]);
    expect(await funnel('2024-02-29')).toEqual([]);
  });

  it('filters the cases and breaks them down by another group', async () => {
    expect((await funnel('2030-01-01', { country: ['KE'] })).map((row) => row.id)).toEqual(['KE']);
    const [agreement, ...others] = await query.rows({ asOf: '2030-01-01' }, 'agreement');
    expect(others).toEqual([]);
    expect(reached(agreement)?.[0]).toEqual(['seized', 8, 15]);
    expect(agreement?.id).toBe('MP');
  });
});
