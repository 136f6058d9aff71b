import { caseReferenceKeys } from './case-reference-key';

describe('case reference key', () => {
  const seizure = {
    country: 'KE',
    agency: 'Kenya Revenue Authority',
    reference: 'KRA/MSA/2024/0901',
  };

  it('is the same for a reference typed with other case, spacing or Unicode forms', () => {
    const typed = {
      ...seizure,
      agency: ' kenya  revenue authority',
      reference: 'ｋｒａ/msa/2024/0901 ',
    };
    expect(caseReferenceKeys(typed)).toEqual(caseReferenceKeys(seizure));
  });

  it('differs between agencies and between countries', () => {
    const keys = [
      caseReferenceKeys(seizure),
      caseReferenceKeys({ ...seizure, agency: 'Kenya Wildlife Service' }),
      caseReferenceKeys({ ...seizure, country: 'UG' }),
    ].map(([key]) => key?.key);
    expect(new Set(keys).size).toBe(3);
  });

  it('does not exist for a case without a reference', () => {
    expect(caseReferenceKeys({ ...seizure, reference: undefined })).toEqual([]);
    expect(caseReferenceKeys({ ...seizure, reference: '  ' })).toEqual([]);
  });
});
