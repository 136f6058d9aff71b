import { ProblemException } from '@greenchain/platform';
import { InvalidListParamsError } from '@greenchain/read-models';
import { QueryFailedError } from 'typeorm';
import { invalidListParam } from './list-params';

function databaseCode(error: unknown): string | undefined {
  const cause: unknown = error instanceof QueryFailedError ? error.driverError : error;
  return typeof cause === 'object' && cause !== null
    ? (cause as { code?: string }).code
    : undefined;
}

/** What a failed read-model list query means to the caller, or the error itself when unknown. */
export function listProblem(error: unknown, readModel: string): unknown {
  if (error instanceof InvalidListParamsError) {
    return invalidListParam(error.parameter, error.message);
  }
  const code = databaseCode(error);
  // A filter value PostgreSQL cannot read as its column's type (a date, a number).
  if (code !== undefined && ['22007', '22008', '22P02', '22003'].includes(code)) {
    return invalidListParam('filter', 'a filter value has the wrong type');
  }
  // The worker creates the read model when it first runs; until then the list does not exist.
  if (code === '42P01') {
    return new ProblemException(
      503,
      'read-model/not-ready',
      `${readModel} is being built by the worker; retry shortly.`,
    );
  }
  return error;
}
