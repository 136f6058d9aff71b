import type { DropOutRow } from '@greenchain/contracts';
import { projectChainCases } from '../test-support/chain-cases';
import { readModelDatabase, type ReadModelFixture } from '../test-support/read-model-fixture';
import { DropOutsQuery } from './drop-outs.query';

/** Each reason as [reason, code, cases, defendants]. */
const byReason = (row: DropOutRow | undefined) =>
  row?.reasons.map(({ reason, reasonCode, cases, defendants }) => [
    reason,
    reasonCode,
    cases,
    defendants,
  ]);

describe('drop-outs by reason at an as-of date', () => {
  let fixture: ReadModelFixture;
  let query: DropOutsQuery;

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_drop_outs');
    await projectChainCases(fixture);
    query = new DropOutsQuery(fixture.database.dataSource);
  });
  afterAll(() => fixture?.database.drop());

  it('counts each defendant under its reason, and a case once every defendant dropped out', async () => {
    const [kenya, paraguay] = await query.rows({ asOf: '2030-01-01' }, 'country');
    expect(paraguay).toMatchObject({
      id: 'PY',
      total: { cases: 7, defendants: 15 },
      // Declined-all (3), withdrawn and acquitted, both dismissed: every defendant dropped out.
      droppedOut: { cases: 3, defendants: 9 },
      settled: { cases: 1, defendants: 2 },
    });
    expect(byReason(paraguay)).toEqual([
      // The third party, named after the decline of the whole case, takes its reason.
      ['declined', 'insufficient_evidence', 1, 3],
      // B was sentenced: the case did not drop out.
      ['declined', 'public_interest', 0, 1],
      ['withdrawn', null, 1, 1],
      ['acquitted', null, 1, 1],
      ['dismissed_on_merits', null, 1, 1],
      ['dismissed_procedural', null, 1, 1],
      ['overturned_on_appeal', null, 0, 1],
    ]);
    // Offender unknown: a case declined as a whole drops out with no defendant.
    expect(kenya).toMatchObject({
      total: { cases: 1, defendants: 0 },
      droppedOut: { cases: 1, defendants: 0 },
      settled: { cases: 0, defendants: 0 },
    });
    expect(byReason(kenya)?.[0]).toEqual(['declined', 'offender_unknown_or_absconded', 1, 0]);
  });

  it('counts only the drop-outs dated on or before the as-of date', async () => {
    const [, paraguay] = await query.rows({ asOf: '2024-04-15' }, 'country');
    // The withdrawal of 20 April and the verdicts of 1 May are yet to come.
    expect(paraguay).toMatchObject({ droppedOut: { cases: 1, defendants: 4 } });
    expect(byReason(paraguay)).toEqual([
      ['declined', 'insufficient_evidence', 1, 3],
      ['declined', 'public_interest', 0, 1],
      ['withdrawn', null, 0, 0],
      ['acquitted', null, 0, 0],
      ['dismissed_on_merits', null, 0, 0],
      ['dismissed_procedural', null, 0, 0],
      ['overturned_on_appeal', null, 0, 0],
    ]);
    const [, beforeAppeal] = await query.rows({ asOf: '2024-08-31' }, 'country');
    expect(byReason(beforeAppeal)?.at(-1)).toEqual(['overturned_on_appeal', null, 0, 0]);
  });

  it('gives a decline of the whole case to a defendant named later from the day it is named', async () => {
    // On 22 March the third party was not yet named.
    const [, paraguay] = await query.rows({ asOf: '2024-03-22' }, 'country');
    expect(byReason(paraguay)?.slice(0, 2)).toEqual([
      ['declined', 'insufficient_evidence', 1, 2],
      ['declined', 'public_interest', 0, 1],
    ]);
  });
});
