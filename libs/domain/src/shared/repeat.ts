import { DomainError } from '../domain-error';
import { sameData } from './same-data';

/**
 * A command whose id was seen before: the same data is the same fact (true: emit nothing), other data
 * under the same id is refused, since ids come from the client and must not be reused.
 */
export function isRepeat(
  errorCode: string,
  existing: unknown,
  incoming: unknown,
  idField: string,
): boolean {
  if (existing === undefined) return false;
  if (sameData(existing, incoming)) return true;
  throw new DomainError(errorCode, `${idField} was already used for different data`, idField);
}
