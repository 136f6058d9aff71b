import { subject } from '@casl/ability';
import { ProblemException } from '@greenchain/platform';
import { type AppAbility, type AppAction, type RecordScope } from './app-ability';

/**
 * Checks against the loaded record. A record the user may not even read answers 404, exactly like a
 * record that does not exist, so another country's case numbers cannot be probed; a readable record
 * the user may not change answers 403.
 */
export function assertCan(
  ability: AppAbility,
  action: AppAction,
  type: 'Case' | 'Evidence',
  scope: RecordScope | undefined,
  idField: string,
): void {
  if (scope === undefined) throw notFound(type, idField);
  const record = subject(type, { ...scope });
  if (ability.can(action, record)) return;
  if (ability.can('read', record) || ability.can('verify', record)) {
    throw new ProblemException(
      403,
      'auth/forbidden',
      `Your role, country or agency does not allow ${action} on this ${type.toLowerCase()}.`,
    );
  }
  throw notFound(type, idField);
}

export function notFound(type: 'Case' | 'Evidence', idField: string): ProblemException {
  return new ProblemException(404, 'resource/not-found', `No such ${type.toLowerCase()}.`, idField);
}
