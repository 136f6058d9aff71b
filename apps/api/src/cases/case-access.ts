import { type SessionUser } from '@greenchain/contracts';
import { type CaseCommandType, type CaseState } from '@greenchain/domain';
import { ProblemException } from '@greenchain/platform';
import { abilityFor } from '../authorization/ability.factory';
import { assertCan } from '../authorization/access-guard';
import { caseScope } from '../authorization/record-scope';
import { stageOwner } from '../authorization/stage-owner';
import { ownScope } from '../commands/actor';

/** Commands that belong to the owner of the case's current stage, not to a role as such. */
const stageOwned: ReadonlySet<CaseCommandType> = new Set(['CloseCase', 'ReopenCase']);

/**
 * May the user send this command to the case as loaded? A new seizure is checked against the case
 * it would open (the user's own country and agency); a case that does not exist answers 404.
 */
export function assertMayCommandCase(
  user: SessionUser,
  type: CaseCommandType,
  state: CaseState,
): void {
  const creates = type === 'RecordSeizure';
  const scope = creates ? ownScope(user) : state.status === 'absent' ? undefined : caseScope(state);
  assertCan(abilityFor(user), type, 'Case', scope, 'caseId');
  const owner = stageOwner(state);
  if (stageOwned.has(type) && owner !== user.role) {
    throw new ProblemException(
      403,
      'auth/forbidden',
      `Only the owner of the case's current stage (${owner ?? 'nobody'}) closes or reopens it.`,
      'caseId',
    );
  }
}
