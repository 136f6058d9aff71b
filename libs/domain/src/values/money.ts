import { currency, isCurrencyCode } from '@greenchain/reference-data';
import type { Brand } from './brand';
import { invalidValue } from './value-errors';

/** ISO 4217, a currency or fund unit. */
export type CurrencyCode = Brand<string, 'CurrencyCode'>;

export interface Money {
  readonly amount: number;
  readonly currency: string;
}

export function currencyCode(value: unknown, field: string): CurrencyCode {
  if (!isCurrencyCode(value)) {
    return invalidValue('value/invalid-currency', field, 'expected an ISO 4217 currency code');
  }
  return value as CurrencyCode;
}

/** A non-negative amount with no more decimals than its currency has minor units (JPY 0, EUR 2). */
export function money(value: unknown, field: string): Money {
  if (typeof value !== 'object' || value === null) {
    return invalidValue('value/invalid-amount', field, 'expected { amount, currency }');
  }
  const { amount, currency: code } = value as Record<string, unknown>;
  const checkedCurrency = currencyCode(code, `${field}.currency`);
  if (typeof amount !== 'number' || !Number.isFinite(amount)) {
    return invalidValue('value/invalid-amount', `${field}.amount`, 'expected a finite number');
  }
  if (amount < 0)
    return invalidValue('value/negative-amount', `${field}.amount`, 'must not be negative');
  const minorUnits = currency(checkedCurrency)?.minorUnits ?? 2;
  const scaled = amount * 10 ** minorUnits;
  if (Math.abs(scaled - Math.round(scaled)) > 1e-6) {
    return invalidValue(
      'value/too-many-decimals',
      `${field}.amount`,
      `${checkedCurrency} has ${minorUnits} decimals`,
    );
  }
  return { amount, currency: checkedCurrency };
}
