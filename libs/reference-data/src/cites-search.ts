import { citesSpecies, citesSpeciesList, type CitesSpecies } from './cites';

const folded = (value: string) => value.trim().toLowerCase().replace(/\s+/g, ' ');

function namesOf(entry: CitesSpecies): string[] {
  return [entry.scientificName, entry.commonName, ...(entry.synonyms ?? [])]
    .filter((name): name is string => typeof name === 'string')
    .map(folded);
}

/** 0 when a name starts with the words typed, 1 when a word of it does, 2 when it only contains them. */
function rank(entry: CitesSpecies, query: string): number | undefined {
  const names = namesOf(entry);
  if (names.some((name) => name.startsWith(query))) return 0;
  if (names.some((name) => name.split(/[ -]/).some((word) => word.startsWith(query)))) return 1;
  return names.some((name) => name.includes(query)) ? 2 : undefined;
}

/**
 * CITES listings for an autocomplete, by scientific name, synonym or common name, best matches
 * first. A species the seed list names only through its genus ("Manis javanica") finds the genus's
 * "spp." listing, so an officer typing the exact species is not left without its appendix.
 */
export function searchCitesSpecies(query: string, limit: number): readonly CitesSpecies[] {
  const wanted = folded(query);
  if (wanted === '') return [];
  const ranked = citesSpeciesList
    .map((entry) => ({ entry, rank: rank(entry, wanted) }))
    .filter((found): found is { entry: CitesSpecies; rank: number } => found.rank !== undefined)
    .sort((a, b) => a.rank - b.rank)
    .map((found) => found.entry);
  if (ranked.length > 0) return ranked.slice(0, limit);
  const listing = citesSpecies(wanted);
  return listing ? [listing] : [];
}
