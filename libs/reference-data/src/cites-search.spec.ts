import { searchCitesSpecies } from './cites-search';

const names = (query: string, limit = 10) =>
  searchCitesSpecies(query, limit).map((entry) => entry.scientificName);

describe('searchCitesSpecies', () => {
  it('finds a listing by its scientific name, with its appendix', () => {
    const [found] = searchCitesSpecies('loxodonta', 10);
    expect(found).toMatchObject({ scientificName: 'Loxodonta africana', appendix: 'I' });
  });

  it('finds a listing by a word of its common name, case-insensitively', () => {
    expect(names('PANGOLIN')).toEqual(['Manis spp.']);
    expect(names('grey')).toEqual(['Psittacus erithacus']);
  });

  it('finds a listing by a synonym', () => {
    expect(names('Aliger')).toEqual(['Strombus gigas']);
  });

  it('puts names starting with the query first, then names with a word starting so, then the rest', () => {
    expect(names('ho')).toEqual(['Hoodia spp.', 'Rhinoplax vigil']);
    expect(names('ro')[0]).toBe('Dalbergia spp.');
    expect(names('ro')).toContain('Rhinocerotidae');
  });

  it('gives a species the listing of its genus when the seed list names only the genus', () => {
    expect(names('Manis javanica')).toEqual(['Manis spp.']);
  });

  it('offers nothing for blank input or an unknown name, and at most the limit', () => {
    expect(names('  ')).toEqual([]);
    expect(names('unicorn')).toEqual([]);
    expect(names('a', 3)).toHaveLength(3);
  });
});
