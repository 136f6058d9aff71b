import { type CaseStage, hasEndedWithoutConviction } from '@greenchain/contracts';
import { type CaseRecord } from './case-record';

/** The six links of the chain as users name them, each covering the case stages inside it. */
export const chainSteps = [
  { key: 'detection', stages: ['DETECTION', 'ADMINISTRATIVE_SETTLEMENT'] },
  { key: 'referral', stages: ['REFERRED'] },
  { key: 'prosecution', stages: ['PROSECUTION', 'CHARGED'] },
  { key: 'trial', stages: ['TRIAL'] },
  { key: 'sentence', stages: ['SENTENCED', 'APPEAL'] },
  { key: 'closure', stages: ['CLOSED'] },
] as const satisfies readonly { key: string; stages: readonly CaseStage[] }[];

/**
 * Where the chain stands: the active step, and why it stopped there when it ended early. A closed
 * case stands where it got before closing: the steps it skipped are not shown as done.
 */
export function chainPosition(record: CaseRecord): { active: number; stoppedBy?: string } {
  const closedAt =
    record.stage === 'CLOSED'
      ? record.stepper.findLast((step) => step.status === 'done')?.stage
      : undefined;
  const current =
    closedAt ?? record.stepper.findLast((step) => step.status === 'current')?.stage ?? record.stage;
  const active = Math.max(
    0,
    chainSteps.findIndex((step) => (step.stages as readonly string[]).includes(current)),
  );
  if (record.outcome === 'settled_administratively') return { active, stoppedBy: 'settled' };
  if (record.outcome !== 'ended_without_conviction') return { active };
  const stoppedBy = Object.values(record.defendants)
    .map((defendant) => defendant.status as string)
    .find(hasEndedWithoutConviction);
  return { active, stoppedBy: stoppedBy ?? 'ended' };
}
