import { DomainError } from '../domain-error';
import {
  baselWasteCode,
  businessTime,
  calendarDate,
  citesTermCode,
  countryCode,
  currencyCode,
  entityId,
  hsCode,
  iccsClassCode,
  isDayBefore,
  listedCode,
  money,
  notAfterRecording,
  quantity,
  requiredText,
  wholeNumber,
} from './index';

function refusal(run: () => unknown): { code: string; field?: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, field: error.field };
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('value objects', () => {
  it('country: ISO 3166-1 alpha-2 only', () => {
    expect(countryCode('PY', 'f')).toBe('PY');
    expect(refusal(() => countryCode('Paraguay', 'data.country'))).toEqual({
      code: 'value/invalid-country',
      field: 'data.country',
    });
  });

  it('money: ISO 4217 currency, non-negative, decimals within the minor units', () => {
    expect(money({ amount: 1500.5, currency: 'EUR' }, 'f')).toEqual({
      amount: 1500.5,
      currency: 'EUR',
    });
    expect(money({ amount: 0, currency: 'JPY' }, 'f')).toEqual({ amount: 0, currency: 'JPY' });
    expect(refusal(() => money({ amount: -1, currency: 'EUR' }, 'fine'))).toEqual({
      code: 'value/negative-amount',
      field: 'fine.amount',
    });
    expect(refusal(() => money({ amount: 1, currency: 'EURO' }, 'fine')).code).toBe(
      'value/invalid-currency',
    );
    expect(refusal(() => money({ amount: 10.5, currency: 'JPY' }, 'fine')).code).toBe(
      'value/too-many-decimals',
    );
    expect(refusal(() => money({ amount: Number.NaN, currency: 'EUR' }, 'fine')).code).toBe(
      'value/invalid-amount',
    );
    expect(currencyCode('USD', 'f')).toBe('USD');
  });

  it('quantity: positive, with a unit from the code list', () => {
    expect(quantity({ amount: 400, unit: 'cylinders' }, 'q')).toEqual({
      amount: 400,
      unit: 'cylinders',
    });
    expect(refusal(() => quantity({ amount: 3, unit: 'kg' }, 'q'))).toEqual({
      code: 'value/invalid-unit',
      field: 'q.unit',
    });
    expect(refusal(() => quantity({ amount: 0, unit: 'kilograms' }, 'q')).code).toBe(
      'value/invalid-quantity',
    );
  });

  it('HS code: six digits at least, a real HS 2022 heading, normalised with dots', () => {
    expect(hsCode('290371', 'hs')).toBe('2903.71');
    expect(hsCode('2903.71.10', 'hs')).toBe('2903.71.10');
    expect(hsCode('8549.11', 'hs')).toBe('8549.11');
    expect(refusal(() => hsCode('2903', 'hs')).code).toBe('value/invalid-hs-code');
    expect(refusal(() => hsCode('HS2903', 'hs')).code).toBe('value/invalid-hs-code');
    for (const unknownHeading of ['0199.10', '2854.00', '7701.10']) {
      expect(refusal(() => hsCode(unknownHeading, 'data.hsEstablished'))).toEqual({
        code: 'value/unknown-hs-heading',
        field: 'data.hsEstablished',
      });
    }
  });

  it('business time: a date, or a date-time with its offset, that exists on the calendar', () => {
    expect(businessTime('2024-02-29', 't')).toBe('2024-02-29');
    expect(businessTime('2024-03-01T10:15:00+02:00', 't')).toBe('2024-03-01T10:15:00+02:00');
    expect(businessTime('2024-03-01T10:15:00.123Z', 't')).toBe('2024-03-01T10:15:00.123Z');
    for (const bad of [
      '2023-02-29',
      '2024-13-01',
      '2024-03-01T10:15',
      '2024-03-01T25:00Z',
      '1.3.2024',
      20240301,
    ]) {
      expect(refusal(() => businessTime(bad, 't')).code).toBe('value/invalid-date');
    }
    expect(calendarDate('2024-03-01', 'd')).toBe('2024-03-01');
    expect(refusal(() => calendarDate('2024-03-01T00:00Z', 'd')).code).toBe('value/invalid-date');
  });

  it('business time not after recording: a date-time by its instant, a date from its day in UTC+14', () => {
    const check = (time: string, recordedAt: string) => () =>
      notAfterRecording(businessTime(time, 't'), recordedAt, 't');
    // 23:30 at UTC-5 is 04:30 UTC the next day, across a month and a leap day.
    expect(check('2024-02-29T23:30:00-05:00', '2024-03-01T04:30:00.000Z')).not.toThrow();
    expect(refusal(check('2024-02-29T23:30:00-05:00', '2024-03-01T04:29:59.999Z'))).toEqual({
      code: 'value/date-in-future',
      field: 't',
    });
    expect(check('2024-03-01T05:00:00.5+05:30', '2024-02-29T23:30:00.5Z')).not.toThrow();
    expect(refusal(check('1999-12-31T23:59:59.001Z', '1999-12-31T23:59:59Z')).code).toBe(
      'value/date-in-future',
    );
    // 1 January begins in UTC+14 at 10:00 UTC on 31 December.
    expect(check('2025-01-01', '2024-12-31T10:00:00Z')).not.toThrow();
    expect(refusal(check('2025-01-01', '2024-12-31T09:59:59Z')).code).toBe('value/date-in-future');
    expect(refusal(check('2024-03-01', 'yesterday')).field).toBe('metadata.recordedAt');
  });

  it('orders stages by the day as written', () => {
    expect(isDayBefore('2024-03-01T23:00:00+02:00', '2024-03-02')).toBe(true);
    expect(isDayBefore('2024-03-02T01:00:00+05:00', '2024-03-02')).toBe(false);
  });

  it('codes: lists from the reference data', () => {
    expect(listedCode('directions', 'import', 'd')).toBe('import');
    expect(refusal(() => listedCode('directions', 'inbound', 'data.direction'))).toEqual({
      code: 'value/not-in-code-list',
      field: 'data.direction',
    });
    expect(citesTermCode('liv', 't')).toBe('LIV');
    expect(refusal(() => citesTermCode('LIVE', 't')).code).toBe('value/invalid-cites-term');
    expect(baselWasteCode('a1181', 'b')).toBe('A1181');
    expect(refusal(() => iccsClassCode('1099', 'c')).code).toBe('value/invalid-iccs-class');
  });

  it('texts, ids and counts', () => {
    expect(requiredText('  port of Asunción ', 't')).toBe('port of Asunción');
    expect(refusal(() => requiredText(' ', 't')).code).toBe('value/required');
    expect(refusal(() => requiredText('x'.repeat(11), 't', 10)).code).toBe('value/too-long');
    expect(entityId('8a1f3c2e-0000-4000-8000-000000000001', 'id')).toBeTruthy();
    expect(refusal(() => entityId('has space', 'id')).code).toBe('value/invalid-id');
    expect(entityId('party-constructor', 'id')).toBe('party-constructor');
    for (const member of Object.getOwnPropertyNames(Object.prototype)) {
      expect(refusal(() => entityId(member, 'id')).code).toBe('value/invalid-id');
    }
    expect(wholeNumber(0, 'n', { allowZero: true })).toBe(0);
    expect(refusal(() => wholeNumber(1.5, 'n')).code).toBe('value/invalid-number');
  });
});
