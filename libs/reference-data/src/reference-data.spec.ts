import {
  agreement,
  agreementCodes,
  agreements,
  agreementsForHsCode,
  baselCode,
  citesSpecies,
  codeList,
  codeListNames,
  countryName,
  currency,
  hsChapter,
  hsEntries,
  hsEntry,
  iccsClass,
  isAgreementCode,
  isBaselCode,
  isCitesAppendix,
  isCitesSourceCode,
  isCitesTermCode,
  isCitesUnitCode,
  isCountryCode,
  isCurrencyCode,
  isIccsClass,
  isKnownHsHeading,
  isListedCode,
  isUnitCode,
  odsSubstance,
  odsSubstancesForHsCode,
  parseHsCode,
} from './index';

describe('agreements', () => {
  it('lists every agreement code the type knows, with its provenance', () => {
    expect(agreements.map((entry) => entry.code)).toEqual([...agreementCodes]);
    expect(agreement('BC')).toMatchObject({ confidence: 'verified', optional: false });
    expect(agreement('MC')?.optional).toBe(true);
    expect(isAgreementCode('CITES')).toBe(true);
    expect(isAgreementCode('cites')).toBe(false);
  });
});

describe('HS codes', () => {
  it('suggests the Montreal Protocol for HCFC-22 (2903.71), in any common spelling', () => {
    expect(agreementsForHsCode('2903.71')).toEqual(['MP']);
    expect(agreementsForHsCode('290371')).toEqual(['MP']);
    expect(agreementsForHsCode('2903.71.10')).toEqual(['MP']);
  });

  it('falls back to a heading-level entry and suggests nothing for an unrelated code', () => {
    expect(agreementsForHsCode('2620.60')).toEqual(['BC']);
    expect(agreementsForHsCode('0901.11')).toEqual([]);
  });

  it('keeps the recalled link flags of the source', () => {
    expect(hsEntry('2812.15')).toMatchObject({
      cwcSchedule: 3,
      agreementConfidence: { CWC: 'recalled' },
    });
  });

  it('only lists codes whose heading exists in HS 2022', () => {
    for (const entry of hsEntries) expect(isKnownHsHeading(entry.code)).toBe(true);
  });

  it('parses headings, subheadings and national extensions', () => {
    expect(parseHsCode('2903.71.10')).toEqual({
      chapter: '29',
      heading: '2903',
      subheading: '2903.71',
      nationalExtension: '10',
    });
    expect(parseHsCode('2903')).toEqual({ chapter: '29', heading: '2903' });
    expect(parseHsCode('29.03')).toBeUndefined();
    expect(parseHsCode('2903.7')).toBeUndefined();
  });

  it('knows the chapter of a heading and no heading in the reserved chapter 77 or past 97', () => {
    expect(hsChapter('8415.10')?.name).toMatch(/^Nuclear reactors, boilers/);
    expect(isKnownHsHeading('8415')).toBe(true);
    expect(isKnownHsHeading('7701.10')).toBe(false);
    expect(isKnownHsHeading('9801.10')).toBe(false);
    expect(isKnownHsHeading('0001.10')).toBe(false);
  });
});

describe('ODS substances', () => {
  it('finds a substance by name whatever the case, with its group and HS code', () => {
    expect(odsSubstance('hcfc-22')).toMatchObject({ group: 'C-I', hs: '2903.71' });
    expect(odsSubstance('R-999')).toBeUndefined();
  });

  it('finds blends through their candidate subheadings', () => {
    expect(odsSubstancesForHsCode('3827.61').map((substance) => substance.name)).toContain(
      'R-404A',
    );
  });
});

describe('Basel codes', () => {
  it('finds Y, A and B codes with their list and keeps deleted codes for older cases', () => {
    expect(baselCode('y1')).toMatchObject({ list: 'annexI', category: 'waste_stream' });
    expect(baselCode('Y46')?.list).toBe('annexII');
    expect(baselCode('A1180')).toMatchObject({ list: 'listA', deletedFrom: '2025-01-01' });
    expect(isBaselCode('B1010')).toBe(true);
    expect(isBaselCode('Z9')).toBe(false);
  });
});

describe('CITES', () => {
  it('knows term, unit and source codes', () => {
    expect(isCitesTermCode('LIV')).toBe(true);
    expect(isCitesTermCode('liv')).toBe(true);
    expect(isCitesTermCode('XYZ')).toBe(false);
    expect(isCitesUnitCode('KIL')).toBe(true);
    expect(isCitesSourceCode('W')).toBe(true);
    expect(isCitesAppendix('II')).toBe(true);
    expect(isCitesAppendix('IV')).toBe(false);
  });

  it('finds a species by name, synonym or genus listing', () => {
    expect(citesSpecies('Psittacus erithacus')?.appendix).toBe('I');
    expect(citesSpecies('Aliger gigas')?.scientificName).toBe('Strombus gigas');
    expect(citesSpecies('Manis javanica')?.scientificName).toBe('Manis spp.');
    expect(citesSpecies('Homo sapiens')).toBeUndefined();
  });
});

describe('ICCS', () => {
  it('knows the Section 10 classes', () => {
    expect(iccsClass('1003')?.label).toMatch(/protected or prohibited species/);
    expect(isIccsClass('1002')).toBe(true);
    expect(isIccsClass('0101')).toBe(false);
  });
});

describe('code lists', () => {
  it('has unique codes in every list', () => {
    for (const name of codeListNames) {
      const codes = codeList(name).map((entry) => entry.code);
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it('knows quantity units and other listed codes', () => {
    expect(isUnitCode('kilograms')).toBe(true);
    expect(isUnitCode('cylinders')).toBe(true);
    expect(isUnitCode('kg')).toBe(false);
    expect(isListedCode('directions', 'transit')).toBe(true);
    expect(isListedCode('directions', 'sideways')).toBe(false);
  });
});

describe('countries and currencies', () => {
  it('accepts ISO 3166-1 alpha-2 codes as written by the standard', () => {
    expect(isCountryCode('PY')).toBe(true);
    expect(countryName('PY')).toBe('Paraguay');
    expect(isCountryCode('py')).toBe(false);
    expect(isCountryCode('XK')).toBe(false);
    expect(isCountryCode('UK')).toBe(false);
  });

  it('accepts currencies and fund units, not metals or the test code', () => {
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(isCurrencyCode('CLF')).toBe(true);
    expect(isCurrencyCode('XAU')).toBe(false);
    expect(isCurrencyCode('XTS')).toBe(false);
    expect(isCurrencyCode('EURO')).toBe(false);
    expect(currency('JPY')?.minorUnits).toBe(0);
  });
});
