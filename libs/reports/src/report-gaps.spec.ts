import { reportDefinitions } from './report-definitions';
import { explainedGapNotes, reportRows } from './report-gaps';
import { reportValidation } from './report-validation';
import { rates, reportCase } from './test-support/report-cases';

const scope = { country: 'KE', year: 2024, rates };
const cites = reportDefinitions['cites-aitr'];
/** Seized with neither origin nor destination known. */
const routeless = reportCase({
  route: { origin: null, departure: null, transit: [], destination: null },
});
const explainedCase = reportCase({
  ...routeless,
  gapExplanations: [
    { report: 'cites-aitr', column: 'origin', reason: 'not-known' },
    { report: 'cites-aitr', column: 'destination', reason: 'withheld-investigation' },
    // Another report's explanation says nothing about this one.
    { report: 'wco-cen', column: 'legalBasis', reason: 'not-applicable' },
  ],
});
const keysOf = (gaps: readonly { key: string }[]) => gaps.map((gap) => gap.key);

describe('explained report gaps', () => {
  it('lists an explained gap with its reason instead of as missing', () => {
    const before = reportValidation(cites, [routeless], scope).incomplete[0];
    expect(keysOf(before?.missing ?? [])).toEqual(
      expect.arrayContaining(['origin', 'destination', 'legalBasis']),
    );
    expect(before?.explained).toEqual([]);
    const after = reportValidation(cites, [explainedCase], scope).incomplete[0];
    expect(keysOf(after?.missing ?? [])).not.toEqual(expect.arrayContaining(['origin']));
    expect(keysOf(after?.missing ?? [])).toContain('legalBasis');
    expect(after?.explained).toEqual([
      { key: 'origin', header: 'Presumed country of origin', reason: 'not-known' },
      {
        key: 'destination',
        header: 'Presumed final destination',
        reason: 'withheld-investigation',
      },
    ]);
  });

  it("writes the owner's code for unknown only where the layout has one and the fact is not known", () => {
    const [row] = reportRows(cites, [explainedCase], scope);
    expect(row?.cells['origin']).toBe('XX');
    expect(row?.cells['destination']).toBeNull();
    const [unexplained] = reportRows(cites, [routeless], scope);
    expect(unexplained?.cells['origin']).toBeNull();
  });

  it('names each explained gap for the About sheet', () => {
    expect(explainedGapNotes(reportValidation(cites, [explainedCase], scope))).toEqual([
      ['Missing fact explained', 'REF-1: Presumed country of origin: not known'],
      [
        'Missing fact explained',
        'REF-1: Presumed final destination: withheld for an ongoing investigation',
      ],
    ]);
  });
});
