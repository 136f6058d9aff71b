import { codeList } from './code-lists';
import { isPickListName, pickList, pickListNames } from './pick-lists';

describe('pick lists', () => {
  it('serves the code lists as they are', () => {
    expect(pickList('partyRoles')).toEqual(codeList('partyRoles'));
  });

  it('serves the CITES codes with their description and symbol as the label', () => {
    expect(pickList('citesUnits').find((unit) => unit.code === 'KIL')?.label).toBe(
      'kilograms (kg)',
    );
    expect(pickList('citesTerms').find((term) => term.code === 'SKI')?.label).toBe('skins');
    expect(pickList('citesSources').length).toBeGreaterThan(5);
  });

  it('has unique names and knows which names it serves', () => {
    expect(new Set(pickListNames).size).toBe(pickListNames.length);
    expect(isPickListName('citesPurposes')).toBe(true);
    expect(isPickListName('constructor')).toBe(false);
  });
});
