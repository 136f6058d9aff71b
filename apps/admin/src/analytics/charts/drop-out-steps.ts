import { type DropOutReason } from '@greenchain/contracts';

/**
 * The step of the chain a drop-out reason ends: a decline ends the charge decision, a withdrawal,
 * an acquittal or a dismissal the trial, an overturned conviction the appeal.
 */
export const stepLeft: Readonly<Record<DropOutReason, 'chargeDecision' | 'trial' | 'appeal'>> = {
  declined: 'chargeDecision',
  withdrawn: 'trial',
  acquitted: 'trial',
  dismissed_on_merits: 'trial',
  dismissed_procedural: 'trial',
  overturned_on_appeal: 'appeal',
};
