import { montrealAnnex, searchOdsSubstances } from './substance-search';

const names = (query: string, limit = 50) =>
  searchOdsSubstances(query, limit).map((substance) => substance.name);

describe('searchOdsSubstances', () => {
  it('finds a substance however its designation is typed', () => {
    for (const typed of ['HCFC-22', 'hcfc 22', 'hcfc22']) {
      expect(names(typed)).toEqual(['HCFC-22', 'HCFC-225']);
    }
  });

  it('finds substances by words of their name, the exact name first, then names starting with the query', () => {
    expect(names('halon')).toEqual(['Halon-1211', 'Halon-1301', 'Halon-2402']);
    expect(names('methyl')[0]).toBe('Methyl bromide');
    expect(names('142b')).toEqual(['HCFC-142b']);
    expect(names('R-410A')).toEqual(['R-410A']);
  });

  it('finds substances by the digits of their HS code, blends by their candidate codes', () => {
    expect(names('2903.77')).toEqual(['CFC-11', 'CFC-12', 'CFC-113', 'CFC-114', 'CFC-115']);
    expect(names('3827.61')).toEqual(['R-404A', 'R-407C', 'R-410A']);
  });

  it('offers nothing for blank input or punctuation, and at most the limit', () => {
    expect(names(' - ')).toEqual([]);
    expect(names('CFC', 2)).toEqual(['CFC-11', 'CFC-12']);
  });
});

describe('montrealAnnex', () => {
  it('splits a group code into Annex and group, and knows blends have none', () => {
    expect(montrealAnnex('C-I')).toEqual({ annex: 'C', group: 'I' });
    expect(montrealAnnex('F')).toEqual({ annex: 'F' });
    expect(montrealAnnex(null)).toBeUndefined();
  });
});
