import data from './data/iso-4217-currencies.json';
import type { Confidence } from './provenance';

export type CurrencyKind = 'currency' | 'fund' | 'precious_metal' | 'non_monetary';

export interface Currency {
  readonly code: string;
  readonly number: string;
  readonly minorUnits: number;
  readonly name: string;
  readonly kind: CurrencyKind;
  readonly confidence: Confidence;
  readonly note?: string;
}

export const currencies = data.entries as readonly Currency[];

export function currency(code: string): Currency | undefined {
  return currencies.find((entry) => entry.code === code);
}

/** A code money can be counted in: legal tender or a fund unit; not gold, test or "no currency" codes. */
export function isCurrencyCode(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const kind = currency(value)?.kind;
  return kind === 'currency' || kind === 'fund';
}
