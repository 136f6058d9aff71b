import { type CaseStage } from './case-stages';
import { type CaseCommandName } from './command-roles';
import { type Role } from './roles';

/** Who owns each stage of an open case: the agency whose move it is. */
export const stageOwners: Readonly<Record<Exclude<CaseStage, 'CLOSED'>, Role>> = {
  DETECTION: 'customs',
  ADMINISTRATIVE_SETTLEMENT: 'customs',
  REFERRED: 'prosecutor',
  PROSECUTION: 'prosecutor',
  CHARGED: 'prosecutor',
  TRIAL: 'judiciary',
  SENTENCED: 'judiciary',
  APPEAL: 'judiciary',
};

/**
 * Commands that belong to the owner of the case's stage, not to a role as such: closing, and
 * reopening by the owner of the stage the case was closed in.
 */
export const stageOwnedCommands: readonly CaseCommandName[] = ['CloseCase', 'ReopenCase'];

/** The owner of a stage; nobody owns CLOSED itself. */
export function ownerOfStage(stage: CaseStage): Role | undefined {
  return stage === 'CLOSED' ? undefined : stageOwners[stage];
}
