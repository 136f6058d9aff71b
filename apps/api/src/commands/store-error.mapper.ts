import { DomainError } from '@greenchain/domain';
import {
  CommandIdReusedError,
  CommandInFlightError,
  StreamVersionConflictError,
  SubjectErasedError,
} from '@greenchain/event-store';
import { ProblemException } from '@greenchain/platform';

/**
 * Turns what the decider and the store refuse into problems a client can act on. Domain fields are
 * paths in the command (`data.partyId`, `metadata.occurredAt`); the request body is the data plus
 * occurredAt, so the prefix goes.
 */
export function toProblem(error: unknown, ifMatchGiven: boolean): unknown {
  if (error instanceof DomainError) {
    const field = error.field?.replace(/^(data|metadata)\./, '');
    const status = error.code.endsWith('/not-found') && field === 'type' ? 404 : 422;
    return new ProblemException(status, error.code, error.message, field);
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
