import { ownerOfStage, type Role } from '@greenchain/contracts';
import { caseStage, type CaseState } from '@greenchain/domain';

/**
 * Who owns the stage a case is in (closing and reopening are the stage owner's). A closed
 * case belongs to the owner of the stage it was closed in, who may reopen it.
 */
export function stageOwner(state: CaseState): Role | undefined {
  const stage = caseStage({ ...state, status: state.status === 'closed' ? 'open' : state.status });
  return stage === undefined ? undefined : ownerOfStage(stage);
}
