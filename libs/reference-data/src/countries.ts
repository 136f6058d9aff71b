import data from './data/iso-3166-countries.json';
import alpha3 from './data/iso-3166-alpha3.json';
import numeric from './data/iso-3166-numeric.json';

export interface Country {
  readonly code: string;
  readonly name: string;
}

export const countries = data.entries as readonly Country[];

const codes = new Set(countries.map((country) => country.code));

/** ISO 3166-1 alpha-2, upper case as the standard writes it ("gb" is not accepted). */
export function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && codes.has(value);
}

export function countryName(code: string): string | undefined {
  return countries.find((country) => country.code === code)?.name;
}

/** Each alpha-2 code's ISO 3166-1 numeric code ("KE" → "404"), the key of world maps. */
export const countryNumbers = numeric.codes as Readonly<Record<string, string>>;

/** Each alpha-2 code's ISO 3166-1 alpha-3 code ("KE" → "KEN"), as layouts such as UN-CTS write them. */
export const countryAlpha3Codes = alpha3.codes as Readonly<Record<string, string>>;
