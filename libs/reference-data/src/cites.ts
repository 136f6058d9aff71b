import codes from './data/cites-codes.json';
import species from './data/cites-species.json';
import { normaliseCode, type CodedEntry, type Confidence } from './provenance';

export type CitesAppendix = 'I' | 'II' | 'III';

export interface CitesCode extends CodedEntry {
  readonly description: string;
  readonly symbol?: string;
}

export interface CitesSpecies {
  readonly scientificName: string;
  readonly commonName: string;
  readonly appendix: CitesAppendix;
  readonly typicalTerms: readonly string[];
  readonly confidence: Confidence;
  readonly synonyms?: readonly string[];
  readonly hs?: string;
  readonly exceptions?: readonly {
    readonly taxon: string;
    readonly appendix: CitesAppendix;
    readonly populations?: readonly string[] | string;
    readonly confidence: Confidence;
  }[];
  readonly note?: string;
}

export const citesTerms = codes.terms as readonly CitesCode[];
export const citesUnits = codes.units as readonly CitesCode[];
export const citesPurposes = codes.purposes as readonly CitesCode[];
export const citesSources = codes.sources as readonly CitesCode[];
export const citesSpeciesList = species as readonly CitesSpecies[];

const listed = (list: readonly CitesCode[]) => (value: unknown) =>
  typeof value === 'string' && list.some((entry) => entry.code === normaliseCode(value));

/** The term lists are a selection of the CITES Trade Database terms (see data/cites-codes.json). */
export const isCitesTermCode = listed(citesTerms);
export const isCitesUnitCode = listed(citesUnits);
export const isCitesPurposeCode = listed(citesPurposes);
export const isCitesSourceCode = listed(citesSources);

export function isCitesAppendix(value: unknown): value is CitesAppendix {
  return value === 'I' || value === 'II' || value === 'III';
}

const key = (value: string) => value.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The listing for a taxon: by scientific name or synonym, and a species falls under its genus's
 * "spp." listing ("Manis javanica" finds "Manis spp."). Higher taxa need Species+, not this seed list.
 */
export function citesSpecies(name: string): CitesSpecies | undefined {
  const wanted = key(name);
  const byName = citesSpeciesList.find((entry) =>
    [entry.scientificName, ...(entry.synonyms ?? [])].some(
      (candidate) => key(candidate) === wanted,
    ),
  );
  if (byName) return byName;
  const genus = wanted.split(' ')[0];
  return citesSpeciesList.find((entry) => key(entry.scientificName) === `${genus} spp.`);
}
