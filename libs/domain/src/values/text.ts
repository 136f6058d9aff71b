import { textLimits } from '@greenchain/contracts';
import type { Brand } from './brand';
import { invalidValue } from './value-errors';

export type EntityId = Brand<string, 'EntityId'>;

const idPattern = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

/**
 * Ids come from the API (UUIDs); anything without spaces up to 100 characters is accepted, except
 * the names of `Object.prototype`'s members: a case's parties, items and shares are looked up by
 * id, and `constructor` or `toString` would find the prototype's member instead of nothing.
 */
export function entityId(value: unknown, field: string): EntityId {
  if (typeof value !== 'string' || !idPattern.test(value) || value in Object.prototype) {
    return invalidValue('value/invalid-id', field, 'expected an id (letters, digits, . _ : -)');
  }
  return value as EntityId;
}

export function requiredText(
  value: unknown,
  field: string,
  maxLength: number = textLimits.note,
): string {
  if (typeof value !== 'string' || value.trim() === '') {
    return invalidValue('value/required', field, 'expected a non-empty text');
  }
  if (value.length > maxLength) {
    return invalidValue('value/too-long', field, `at most ${maxLength} characters`);
  }
  return value.trim();
}

export function optionalText(
  value: unknown,
  field: string,
  maxLength: number = textLimits.note,
): string | undefined {
  return value === undefined ? undefined : requiredText(value, field, maxLength);
}

export function list<T>(
  value: unknown,
  field: string,
  item: (entry: unknown, field: string) => T,
  { nonEmpty = false, distinct = false } = {},
): T[] {
  if (!Array.isArray(value) || (nonEmpty && value.length === 0)) {
    return invalidValue(
      'value/invalid-list',
      field,
      nonEmpty ? 'expected a non-empty list' : 'expected a list',
    );
  }
  const items = value.map((entry: unknown, index) => item(entry, `${field}[${index}]`));
  const repeated = distinct ? items.findIndex((entry, index) => items.indexOf(entry) < index) : -1;
  if (repeated >= 0) {
    return invalidValue('value/invalid-list', `${field}[${repeated}]`, 'listed twice');
  }
  return items;
}

export function optional<T>(
  value: unknown,
  field: string,
  check: (value: unknown, field: string) => T,
): T | undefined {
  return value === undefined ? undefined : check(value, field);
}

export function booleanValue(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean')
    return invalidValue('value/required', field, 'expected true or false');
  return value;
}

/** A count or a duration: a whole number, positive unless zero is allowed. */
export function wholeNumber(value: unknown, field: string, { allowZero = false } = {}): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < (allowZero ? 0 : 1)) {
    return invalidValue(
      'value/invalid-number',
      field,
      `expected a whole number ${allowZero ? '>= 0' : '> 0'}`,
    );
  }
  return value;
}
