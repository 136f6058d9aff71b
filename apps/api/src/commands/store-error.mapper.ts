import { DomainError, isCaseNarrativeSubject } from '@greenchain/domain';
import {
  CommandIdReusedError,
  CommandInFlightError,
  StreamVersionConflictError,
  SubjectErasedError,
  UniqueKeyTakenError,
} from '@greenchain/event-store';
import { ProblemException } from '@greenchain/platform';
import { uniqueKeyProblem } from './unique-key.problem';

/**
 * Turns what the decider and the store refuse into problems a client can act on. Domain fields are
 * paths in the command (`data.partyId`, `metadata.occurredAt`); the request body is the data plus
 * occurredAt, so the prefix goes. A refusal of the command as a whole (the domain names `type`, or
 * nothing) is about the state of the record, so it names the record's id (`caseId`, `evidenceId`).
 */
export function toProblem(error: unknown, ifMatchGiven: boolean, recordField: string): unknown {
  if (error instanceof DomainError) {
    const named = error.field?.replace(/^(data|metadata)\./, '');
    const field = named === undefined || named === 'type' ? recordField : named;
    const notFound = error.code.endsWith('/not-found') && named === 'type';
    return new ProblemException(notFound ? 404 : 422, error.code, error.message, field);
  }
  if (error instanceof StreamVersionConflictError) {
    return new ProblemException(
      ifMatchGiven ? 412 : 409,
      ifMatchGiven ? 'command/stale-version' : 'command/version-conflict',
      `The record is at version ${error.currentVersion}, not ${error.expectedVersion}; reload it and retry.`,
      ifMatchGiven ? 'If-Match' : undefined,
      undefined,
      { currentVersion: error.currentVersion },
    );
  }
  if (error instanceof CommandIdReusedError) {
    return new ProblemException(
      422,
      'command/idempotency-key-reused',
      'This Idempotency-Key was already used for another request.',
      'Idempotency-Key',
    );
  }
  if (error instanceof CommandInFlightError) {
    return new ProblemException(
      409,
      'command/in-flight',
      'A request with this Idempotency-Key is still being processed; retry shortly.',
      'Idempotency-Key',
    );
  }
  if (error instanceof UniqueKeyTakenError) return uniqueKeyProblem(error);
  if (error instanceof SubjectErasedError && isCaseNarrativeSubject(error.subjectId)) {
    return new ProblemException(
      422,
      'personal-data/subject-erased',
      'The free text of this case was erased with a person of the case; the case takes no new free text.',
      'caseId',
    );
  }
  if (error instanceof SubjectErasedError) {
    return new ProblemException(
      422,
      'personal-data/subject-erased',
      'This data subject has been erased; their personal data cannot be recorded again.',
      'partyId',
    );
  }
  return error;
}
