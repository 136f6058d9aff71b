import { caseError } from '../case.errors';
import { defendantStatus } from '../case-stage';
import type { PartyState } from '../case.state';

/**
 * A defendant a court or prosecutor can still act on: charged, no withdrawal or decline, no verdict.
 * Each refusal names where this defendant's chain went instead.
 */
export function requireActiveCharges(party: PartyState, field = 'data.partyId'): void {
  const status = defendantStatus(party.defendant);
  switch (status) {
    case 'charged':
      return;
    case 'suspect':
      return caseError('case/not-charged', 'no charges were filed against this defendant', field);
    case 'declined':
      return caseError(
        'case/defendant-declined',
        'prosecution was declined for this defendant',
        field,
      );
    case 'withdrawn':
      return caseError('case/charges-withdrawn', 'the charges were withdrawn', field);
    case 'convicted':
    case 'acquitted':
    case 'dismissed_on_merits':
    case 'dismissed_procedural':
    case 'sentenced':
    case 'overturned_on_appeal':
      return caseError(
        'case/verdict-recorded',
        'a verdict was recorded; only an appeal follows',
        field,
      );
  }
}
