import {
  documentLimits,
  documentPersonalData,
  documentSteps,
  documentTargetKinds,
  type DocumentTarget,
} from '@greenchain/contracts';
import { compact } from '../../shared/same-data';
import { entityId, oneOf, requiredText } from '../../values';
import type { DocumentDetails } from '../case.commands';
import { caseError } from '../case.errors';
import type { CaseState } from '../case.state';

const targetField = 'data.attachedTo';

/** The step a file is attached to must exist in the case: a judgment needs its verdict. */
function requireStep(state: CaseState, step: string, stepId: string): void {
  const field = `${targetField}.stepId`;
  const defendant = state.parties[stepId]?.defendant;
  const exists: Readonly<Record<string, boolean>> = {
    referral: state.referral?.request.referralId === stepId,
    charges: defendant !== undefined && Object.keys(defendant.charges).length > 0,
    verdict: defendant?.verdict !== undefined,
    sentence: Object.hasOwn(state.sentences, stepId),
    disposal: Object.hasOwn(state.disposals, stepId),
  };
  if (exists[step] !== true) {
    caseError('case/step-not-found', `no ${step} ${stepId} in this case`, field);
  }
}

/**
 * Where a file goes. An exhibit is its own stream, so the decider checks only its id; the API
 * checks that the exhibit belongs to the case before it sends the command.
 */
function documentTarget(state: CaseState, value: unknown): DocumentTarget {
  const target = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  const kind = oneOf(documentTargetKinds, target.kind, `${targetField}.kind`);
  if (kind === 'case') return { kind };
  if (kind === 'exhibit') {
    return { kind, evidenceId: entityId(target.evidenceId, `${targetField}.evidenceId`) };
  }
  const step = oneOf(documentSteps, target.step, `${targetField}.step`);
  const stepId = entityId(target.stepId, `${targetField}.stepId`);
  requireStep(state, step, stepId);
  return { kind, step, stepId };
}

/** The officer's part of a file's record, checked against the case. */
export function documentDetails(data: DocumentDetails, state: CaseState): DocumentDetails {
  return compact({
    documentId: entityId(data.documentId, 'data.documentId'),
    fileName: requiredText(data.fileName, 'data.fileName', documentLimits.fileName),
    attachedTo: documentTarget(state, data.attachedTo),
    personalData: oneOf(documentPersonalData, data.personalData, 'data.personalData'),
  });
}
