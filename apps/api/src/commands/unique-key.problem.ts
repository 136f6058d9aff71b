import { caseReferenceScope } from '@greenchain/domain';
import { type UniqueKeyTakenError } from '@greenchain/event-store';
import { ProblemException } from '@greenchain/platform';

/** A key another record holds: 409, naming the request field and the record that holds it. */
export function uniqueKeyProblem(error: UniqueKeyTakenError): ProblemException {
  if (error.scope !== caseReferenceScope) throw error;
  const existingCaseId = error.holder.replace(/^case-/, '');
  return new ProblemException(
    409,
    'case/duplicate-reference',
    `Your agency already has a case with this reference (${existingCaseId}).`,
    'reference',
    undefined,
    { existingCaseId },
  );
}
