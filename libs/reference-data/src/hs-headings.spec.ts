import { hsChapters, isKnownHsHeading, hsHeadings, odsSubstances } from './index';

describe('HS headings', () => {
  it('holds the 1,228 headings of HS 2022, in order and each once', () => {
    expect(hsHeadings).toHaveLength(1228);
    expect([...hsHeadings].sort()).toEqual(hsHeadings);
    expect(new Set(hsHeadings).size).toBe(hsHeadings.length);
    for (const heading of hsHeadings) expect(heading).toMatch(/^\d{4}$/);
  });

  it('has headings in every chapter and in no other, so none in the reserved chapter 77', () => {
    const chaptersWithHeadings = new Set(hsHeadings.map((heading) => heading.slice(0, 2)));
    expect([...chaptersWithHeadings]).toEqual(hsChapters.map((chapter) => chapter.code));
    expect(chaptersWithHeadings.has('77')).toBe(false);
  });

  it('knows a heading in any spelling of a code under it, including HS 2022 additions', () => {
    for (const code of ['0106', '0106.12', '290371', '2903.71.10', '8549.11', '3827.61']) {
      expect(isKnownHsHeading(code)).toBe(true);
    }
  });

  it('refuses headings that do not exist, also in chapters that do', () => {
    for (const code of ['0199', '0199.10', '2854.00', '8469.00', '7701.10', '9999.99']) {
      expect(isKnownHsHeading(code)).toBe(false);
    }
    expect(isKnownHsHeading('not a code')).toBe(false);
  });

  it('covers every HS code the ODS substances name', () => {
    const codes = odsSubstances.flatMap((substance) => [
      ...(substance.hs === null ? [] : [substance.hs]),
      ...(substance.hsCandidates ?? []),
    ]);
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(isKnownHsHeading(code)).toBe(true);
  });
});
