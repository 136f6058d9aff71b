import { searchHsEntries } from './hs-search';

describe('searchHsEntries', () => {
  it('finds entries by the digits typed, with or without dots', () => {
    const codes = searchHsEntries('290371', 10).map((entry) => entry.code);
    expect(codes).toContain('2903.71');
    expect(searchHsEntries('2903.7', 50).every((entry) => entry.code.startsWith('2903.7'))).toBe(
      true,
    );
  });

  it('finds entries by words of their description, case-insensitively', () => {
    const found = searchHsEntries('hcfc-22', 10);
    expect(found.map((entry) => entry.code)).toContain('2903.71');
  });

  it('offers a real heading no entry describes, with its chapter', () => {
    const [only] = searchHsEntries('0101.21', 10);
    expect(only).toMatchObject({ code: '0101.21', agreements: [] });
    expect(only?.description).toMatch(/animals/i);
  });

  it('offers nothing for a heading that does not exist, or for blank input', () => {
    expect(searchHsEntries('7701.10', 10)).toEqual([]);
    expect(searchHsEntries('   ', 10)).toEqual([]);
  });

  it('returns at most the limit', () => {
    expect(searchHsEntries('29', 3)).toHaveLength(3);
  });
});
