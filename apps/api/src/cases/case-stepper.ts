import { caseStages, type CaseStage, type StepStatus } from '@greenchain/contracts';
import { caseStage, type CaseState, stageReached } from '@greenchain/domain';

/**
 * Every stage of the chain: done up to where the case got, then current, then upcoming. A stage the
 * case passed by (the settlement side exit of a referred case) or never reached because it was
 * closed first is skipped, so a closed case does not look as if it went all the way to a sentence.
 */
export function caseStepper(state: CaseState): { stage: CaseStage; status: StepStatus }[] {
  const current = rankOf(caseStage(state));
  const reached = stageReached(state);
  const got = rankOf(reached);
  const tookSettlement = reached === 'ADMINISTRATIVE_SETTLEMENT';
  return caseStages.map((stage, index) => {
    if (index === current) return { stage, status: 'current' };
    if (index > current) return { stage, status: 'upcoming' };
    const passed = index <= got && (stage !== 'ADMINISTRATIVE_SETTLEMENT' || tookSettlement);
    return { stage, status: passed ? 'done' : 'skipped' };
  });
}

const rankOf = (stage: CaseStage | undefined) =>
  stage === undefined ? -1 : caseStages.indexOf(stage);
