import { penaltyAdequacy, type SentencedInGroup } from './penalty-adequacy';

const defendant = (figures: Partial<SentencedInGroup>): SentencedInGroup => ({
  group: 'KE',
  custodial: false,
  suspended: false,
  deterrent: false,
  valueKnown: true,
  fineToShare: null,
  fineToStatutoryMax: null,
  provisional: false,
  ...figures,
});

describe('penaltyAdequacy', () => {
  it('summarises fine to share and to maximum, and the shares of each kind of sentence', () => {
    const [row] = penaltyAdequacy(
      [
        defendant({ custodial: true, deterrent: true, fineToShare: 2, fineToStatutoryMax: 0.5 }),
        defendant({ suspended: true, fineToShare: 0.5, fineToStatutoryMax: 0.1 }),
        defendant({ fineToShare: 0.1, fineToStatutoryMax: 0.2 }),
        defendant({ deterrent: true, fineToShare: 1 }),
      ],
      '2026-11-28',
    );
    expect(row).toEqual({
      id: 'KE',
      group: 'KE',
      sentenced: 4,
      valueKnown: 4,
      // 0.1, 0.5, 1, 2: ranks 0.75, 1.5, 2.25, 2.7
      fineToShare: {
        counted: 4,
        notCounted: 0,
        p25: 0.4,
        median: 0.75,
        p75: 1.25,
        p90: expect.closeTo(1.7, 10) as number,
      },
      fineToStatutoryMax: { counted: 3, notCounted: 1, median: 0.2 },
      custodial: 1,
      suspended: 1,
      deterrent: 2,
      custodialShare: 0.25,
      suspendedShare: 0.25,
      deterrentShare: 0.5,
      ratesReadOn: '2026-11-28',
      provisionalRates: false,
    });
  });

  it('reports a ratio it cannot compute as unknown with the count it could not use, never 0', () => {
    const rows = penaltyAdequacy(
      [
        defendant({ group: 'TZ', valueKnown: false, custodial: true, deterrent: true }),
        defendant({ group: 'TZ', valueKnown: false, provisional: true }),
        defendant({ group: 'UG', fineToShare: 3 }),
      ],
      '2026-11-28',
    );
    expect(rows.map((row) => row.group)).toEqual(['TZ', 'UG']);
    expect(rows[0]).toMatchObject({
      sentenced: 2,
      valueKnown: 0,
      fineToShare: { counted: 0, notCounted: 2, median: null, p25: null, p75: null, p90: null },
      fineToStatutoryMax: { counted: 0, notCounted: 2, median: null },
      deterrentShare: 0.5,
      provisionalRates: true,
    });
    expect(rows[1]).toMatchObject({ fineToShare: { counted: 1, median: 3, p90: 3 } });
  });

  it('gives no row without a sentenced defendant', () => {
    expect(penaltyAdequacy([], '2026-11-28')).toEqual([]);
  });
});
