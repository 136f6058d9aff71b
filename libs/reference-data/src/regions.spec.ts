import { countries } from './countries';
import { isRegionCode, regionOf, regions } from './regions';

describe('UN M49 regions', () => {
  it('places every country but Antarctica in one of the 22 regions', () => {
    expect(regions).toHaveLength(22);
    const without = countries.filter((country) => !isRegionCode(regionOf(country.code)));
    expect(without.map((country) => country.code)).toEqual(['AQ']);
  });

  it('uses the intermediate regions of Africa and Latin America, the sub-regions elsewhere', () => {
    expect(['KE', 'PY', 'MX', 'CU', 'CN', 'DE', 'GG'].map(regionOf)).toEqual([
      '014',
      '005',
      '013',
      '029',
      '030',
      '155',
      '154',
    ]);
  });

  it('knows no region for a code outside the list', () => {
    expect(regionOf('XK')).toBeUndefined();
    expect(regionOf('constructor')).toBeUndefined();
    expect(isRegionCode('202')).toBe(false);
  });
});
