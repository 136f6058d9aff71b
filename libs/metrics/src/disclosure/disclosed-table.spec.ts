import fc from 'fast-check';
import { disclosedTable, type DisclosurePlan } from './disclosed-table';

interface FunnelLike extends Record<string, unknown> {
  readonly group: string;
  readonly cases: { readonly seized: number | null; readonly charged: number | null };
  readonly chargedRate: number | null;
  readonly medianDays: number | null;
  readonly verdicts: number;
  readonly suppressed?: boolean;
}

const plan: DisclosurePlan = {
  counts: [
    { count: 'cases.seized', dependents: ['chargedRate'] },
    { count: 'cases.charged', dependents: ['chargedRate'] },
  ],
  basedOn: [{ figure: 'medianDays', count: 'verdicts' }],
};

const row = (group: string, seized: number, charged: number, verdicts = 10): FunnelLike => ({
  group,
  cases: { seized, charged },
  chargedRate: seized === 0 ? null : charged / seized,
  medianDays: 40,
  verdicts,
});

describe('disclosedTable', () => {
  it('leaves a table without small counts as it is', () => {
    const rows = [row('KE', 10, 4), row('TZ', 8, 0)];
    expect(disclosedTable(rows, plan)).toEqual(rows);
  });

  it('hides a small count, its complement in the same line, and the rates computed from them', () => {
    const rows = [row('KE', 10, 2), row('TZ', 8, 5), row('UG', 9, 7)];
    expect(disclosedTable(rows, plan)).toEqual([
      { ...rows[0], cases: { seized: 10, charged: null }, chargedRate: null, suppressed: true },
      { ...rows[1], cases: { seized: 8, charged: null }, chargedRate: null, suppressed: true },
      rows[2],
    ]);
  });

  it('hides a figure computed over one or two cases of its own', () => {
    const [disclosed] = disclosedTable([row('KE', 10, 4, 2), row('TZ', 9, 3, 0)], plan);
    expect(disclosed).toEqual({ ...row('KE', 10, 4, 2), medianDays: null, suppressed: true });
  });

  it('does not change the rows it was given', () => {
    const rows = [row('KE', 1, 1), row('TZ', 1, 0)];
    disclosedTable(rows, plan);
    expect(rows).toEqual([row('KE', 1, 1), row('TZ', 1, 0)]);
  });

  it('never shows a count of 1 or 2, nor a rate computed from a hidden count', () => {
    const counts = fc.array(
      fc.record({
        seized: fc.integer({ min: 0, max: 9 }),
        charged: fc.integer({ min: 0, max: 9 }),
      }),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(counts, (lines) => {
        const rows = lines.map(({ seized, charged }, index) => row(`G${index}`, seized, charged));
        disclosedTable(rows, plan).forEach((shown) => {
          for (const value of [shown.cases.seized, shown.cases.charged]) {
            expect(value === null || value === 0 || value >= 3).toBe(true);
          }
          if (shown.cases.seized === null || shown.cases.charged === null) {
            expect(shown.chargedRate).toBeNull();
            expect(shown.suppressed).toBe(true);
          }
        });
      }),
    );
  });
});

describe('disclosedTable with a total row', () => {
  const withTotal: DisclosurePlan = { ...plan, totalRowId: 'total' };

  it('protects the total row given (a case in two groups counts once in it) and hides a small total', () => {
    const rows = [row('CITES', 6, 2), row('BC', 5, 1), row('total', 9, 2)];
    expect(disclosedTable(rows, withTotal).map((shown) => shown.cases.charged)).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('shows the total when the hidden counts cannot be worked out from it', () => {
    const rows = [row('KE', 10, 2), row('TZ', 8, 5), row('UG', 9, 7), row('total', 27, 14)];
    expect(disclosedTable(rows, withTotal).map((shown) => shown.cases.charged)).toEqual([
      null,
      null,
      7,
      14,
    ]);
  });
});

describe('disclosedTable over lists and lines', () => {
  interface StepRow extends Record<string, unknown> {
    readonly id: string;
    readonly step: string;
    readonly steps?: readonly { readonly step: string; readonly cases: number | null }[];
    readonly pending: number | null;
    readonly suppressed?: boolean;
  }

  it('finds a count in a list by what it is, and hides it there without reshaping the list', () => {
    const rows: StepRow[] = [
      {
        id: 'KE',
        step: 'x',
        pending: 0,
        steps: [
          { step: 'seized', cases: 9 },
          { step: 'charged', cases: 1 },
        ],
      },
      {
        id: 'TZ',
        step: 'x',
        pending: 0,
        steps: [
          { step: 'seized', cases: 8 },
          { step: 'charged', cases: 5 },
        ],
      },
    ];
    const shown = disclosedTable(rows, { counts: [{ count: 'steps[step=charged].cases' }] });
    expect(shown.map((row) => row.steps)).toEqual([
      [
        { step: 'seized', cases: 9 },
        { step: 'charged', cases: null },
      ],
      [
        { step: 'seized', cases: 8 },
        { step: 'charged', cases: null },
      ],
    ]);
  });

  it('suppresses each line on its own when rows are steps of groups', () => {
    const rows: StepRow[] = [
      { id: 'KE/a', step: 'a', pending: 2 },
      { id: 'TZ/a', step: 'a', pending: 9 },
      { id: 'KE/b', step: 'b', pending: 4 },
      { id: 'TZ/b', step: 'b', pending: 7 },
    ];
    const shown = disclosedTable(rows, { counts: [{ count: 'pending' }], lineBy: 'step' });
    expect(shown.map((row) => row.pending)).toEqual([null, null, 4, 7]);
  });
});
