import data from './data/m49-regions.json';

/** A UN M49 geographic region: its three-digit M49 code and English name. */
export interface Region {
  readonly code: string;
  readonly name: string;
}

export const regions = data.regions as readonly Region[];

const regionCodes = new Set(regions.map((region) => region.code));
const regionOfCountry = new Map(Object.entries(data.countries));

export function isRegionCode(value: unknown): value is string {
  return typeof value === 'string' && regionCodes.has(value);
}

/** The M49 region of an ISO 3166-1 alpha-2 code; undefined for a code in no region (AQ). */
export function regionOf(countryCode: string): string | undefined {
  return regionOfCountry.get(countryCode);
}
