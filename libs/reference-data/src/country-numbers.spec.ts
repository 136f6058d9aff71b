import { countries, countryNumbers } from './countries';

describe('ISO 3166-1 numeric codes', () => {
  it('gives every alpha-2 code one distinct three-digit number', () => {
    const numbers = countries.map((country) => countryNumbers[country.code]);
    expect(numbers.every((number) => /^\d{3}$/.test(number ?? ''))).toBe(true);
    expect(new Set(numbers).size).toBe(countries.length);
    expect(Object.keys(countryNumbers).sort()).toEqual(countries.map((c) => c.code).sort());
  });

  it('numbers countries as the UN M49 list does', () => {
    expect(countryNumbers.KE).toBe('404');
    expect(countryNumbers.BR).toBe('076');
    expect(countryNumbers.GB).toBe('826');
  });
});
