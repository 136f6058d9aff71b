import { disclosedTable } from '@greenchain/metrics';
import { projectChainCases } from '../test-support/chain-cases';
import { readModelDatabase, type ReadModelFixture } from '../test-support/read-model-fixture';
import { ChainStrengthQuery } from './chain-strength.query';
import { chainStrengthTable } from './chain-strength.table';

const figures = (
  value: number | null,
  measured: number | null,
  count: number | null,
  of: number | null,
) => ({
  value,
  measured,
  count,
  of,
});

describe('chain strength index at an as-of date', () => {
  let fixture: ReadModelFixture;
  let query: ChainStrengthQuery;

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_chain_strength');
    await projectChainCases(fixture);
    query = new ChainStrengthQuery(fixture.database.dataSource);
  });
  afterAll(() => fixture?.database.drop());

  const strength = (asOf: string) => query.rows({ asOf });

  it('combines the funnel, the time in stage and penalty adequacy per country', async () => {
    const [kenya, paraguay] = await strength('2030-01-01');
    // Paraguay: 6 of 7 cases referred or settled, 4 of 5 referred charged, 2 of 7 charged
    // defendants finally convicted; both sentenced, one deterrent, one fine ratio (20,000 ÷
    // 27,200): resting on 2, 2 and 1, those parts are unknown. Medians of 9, 22 and 30 days are
    // within 30, 180 and 365. Index: (6/7 + 4/5 + 2/7 + 3 × 1/3 × 1) ÷ (3 + 3 × 1/3).
    expect(paraguay).toMatchObject({
      group: 'PY',
      cases: 7,
      knownParts: 6,
      parts: {
        referral: figures(6 / 7, 6 / 7, 6, 7),
        charging: figures(4 / 5, 4 / 5, 4, 5),
        conviction: figures(2 / 7, 2 / 7, 2, 7),
        sentencing: figures(null, 1, 2, 2),
        deterrence: figures(null, 1 / 2, 1, 2),
        timeToReferral: { ...figures(1, 9, 5, 7), weight: 1 / 3 },
        timeToCharges: { ...figures(1, 22, 4, 5), weight: 1 / 3 },
        timeToVerdict: { ...figures(1, 30, 4, 4), weight: 1 / 3 },
        fineAdequacy: { value: null, count: 1, of: 2, weight: 1 },
      },
    });
    expect(paraguay?.parts.fineAdequacy.measured).toBeCloseTo(20_000 / 27_200, 12);
    expect(paraguay?.index).toBeCloseTo((6 / 7 + 4 / 5 + 2 / 7 + 1) / 4, 12);
    // Kenya: one case, below the minimum of 5, and every part rests on fewer than 3.
    expect(kenya).toMatchObject({ group: 'KE', cases: 1, index: null, knownParts: 0 });
    expect(kenya?.parts.referral).toEqual({ ...figures(null, 1, 1, 1), weight: 1 });
  });

  it('stands on the parts known at the as-of date', async () => {
    const [, paraguay] = await strength('2024-04-15');
    // No verdict yet: none of 7 charged convicted (0), nobody to sentence (0 of 0: unknown), and
    // the wait for a verdict has no median while every charged case still waits.
    expect(paraguay?.parts.conviction).toMatchObject(figures(0, 0, 0, 7));
    expect(paraguay?.parts.sentencing).toMatchObject(figures(null, null, 0, 0));
    expect(paraguay?.parts.timeToVerdict).toMatchObject(figures(null, null, 0, 4));
    expect(paraguay?.knownParts).toBe(5);
    expect(paraguay?.index).toBeCloseTo((6 / 7 + 4 / 5 + 0 + 2 / 3) / (3 + 2 / 3), 12);
  });

  it('hides from analysts every figure resting on a small count, and the index with it', async () => {
    const rows = await strength('2030-01-01');
    // Spread into plain objects: the table takes rows of any shape.
    const [kenya, paraguay] = disclosedTable(
      rows.map((row) => ({ ...row })),
      chainStrengthTable.disclosure,
    );
    // 2 of 7 convicted would give the 2 away, and the index would give the conviction rate away.
    expect(paraguay?.parts.conviction).toEqual({ ...figures(null, null, null, 7), weight: 1 });
    expect(paraguay).toMatchObject({ index: null, suppressed: true });
    // Kenya's single case is hidden, and Paraguay's 7 with it: the total would tell it.
    expect(kenya).toMatchObject({
      cases: null,
      parts: { referral: figures(null, null, null, null) },
    });
    expect(paraguay).toMatchObject({
      cases: null,
      parts: { referral: figures(null, null, null, null) },
    });
    // Shown where no count is small: Paraguay's 4 cases charged all had a verdict, Kenya none.
    expect(paraguay?.parts.timeToVerdict).toMatchObject(figures(1, 30, 4, 4));
  });
});
