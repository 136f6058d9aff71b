import { countries, countryAlpha3Codes } from './countries';

describe('ISO 3166-1 alpha-3 codes', () => {
  it('gives every alpha-2 code one distinct three-letter code', () => {
    const codes = countries.map((country) => countryAlpha3Codes[country.code]);
    expect(codes.every((code) => /^[A-Z]{3}$/.test(code ?? ''))).toBe(true);
    expect(new Set(codes).size).toBe(countries.length);
    expect(Object.keys(countryAlpha3Codes).sort()).toEqual(countries.map((c) => c.code).sort());
  });

  it('codes countries as ISO 3166-1 does', () => {
    expect(countryAlpha3Codes.KE).toBe('KEN');
    expect(countryAlpha3Codes.DE).toBe('DEU');
    expect(countryAlpha3Codes.GB).toBe('GBR');
    expect(countryAlpha3Codes.CD).toBe('COD');
  });
});
