import { isCountryCode } from '@greenchain/reference-data';
import type { Brand } from './brand';
import { invalidValue } from './value-errors';

/** ISO 3166-1 alpha-2. */
export type CountryCode = Brand<string, 'CountryCode'>;

export function countryCode(value: unknown, field: string): CountryCode {
  if (!isCountryCode(value)) {
    return invalidValue('value/invalid-country', field, 'expected an ISO 3166-1 alpha-2 code');
  }
  return value as CountryCode;
}
