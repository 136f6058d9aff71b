import type { SeizureDetails } from './case.data';

export const caseReferenceScope = 'case-reference';

const normalised = (text: string) =>
  text.normalize('NFKC').trim().replace(/\s+/g, ' ').toUpperCase();

/**
 * An agency numbers its own cases, so a reference is unique within the seizing country's agency.
 * Case, spacing and Unicode forms are ignored: "kra/msa/2024/0901 " is the same reference.
 */
export function caseReferenceKeys(
  seizure: Pick<SeizureDetails, 'country' | 'agency' | 'reference'> | undefined,
): { scope: string; key: string }[] {
  const reference = seizure?.reference && normalised(seizure.reference);
  if (!seizure || !reference) return [];
  const key = [seizure.country, normalised(seizure.agency), reference].join('\u001f');
  return [{ scope: caseReferenceScope, key }];
}
