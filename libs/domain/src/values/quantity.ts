import { isUnitCode } from '@greenchain/reference-data';
import { invalidValue } from './value-errors';

export interface Quantity {
  readonly amount: number;
  /** A code from the quantityUnits code list (kilograms, litres, pieces, cylinders ...). */
  readonly unit: string;
}

/** A seized quantity: positive, with a unit from the code list (a count of nothing is no seizure). */
export function quantity(value: unknown, field: string): Quantity {
  if (typeof value !== 'object' || value === null) {
    return invalidValue('value/invalid-quantity', field, 'expected { amount, unit }');
  }
  const { amount, unit } = value as Record<string, unknown>;
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0) {
    return invalidValue('value/invalid-quantity', `${field}.amount`, 'expected a positive number');
  }
  if (!isUnitCode(unit)) {
    return invalidValue(
      'value/invalid-unit',
      `${field}.unit`,
      'expected a unit from the quantityUnits code list',
    );
  }
  return { amount, unit };
}
