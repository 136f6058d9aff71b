import { DomainError } from '../domain-error';

/** Codes of refused values; the field path says which input broke the rule. */
export const valueErrorCodes = [
  'value/required',
  'value/too-long',
  'value/invalid-id',
  'value/invalid-date',
  'value/date-in-future',
  'value/invalid-country',
  'value/invalid-currency',
  'value/invalid-amount',
  'value/negative-amount',
  'value/too-many-decimals',
  'value/invalid-quantity',
  'value/invalid-unit',
  'value/invalid-number',
  'value/invalid-hs-code',
  'value/unknown-hs-heading',
  'value/not-in-code-list',
  'value/invalid-agreement',
  'value/invalid-cites-appendix',
  'value/invalid-cites-term',
  'value/invalid-cites-unit',
  'value/invalid-cites-source',
  'value/invalid-basel-code',
  'value/invalid-iccs-class',
  'value/invalid-list',
  'value/invalid-digest',
  'value/invalid-media-type',
] as const;
export type ValueErrorCode = (typeof valueErrorCodes)[number];

export function invalidValue(code: ValueErrorCode, field: string, message: string): never {
  throw new DomainError(code, `${field}: ${message}`, field);
}
