import { roleMayIssue, type SessionUser } from '@greenchain/contracts';
import { type CaseRecord } from '../cases/case-record';

/**
 * Whether the console offers to attach or correct files: the command's roles, on an open case of
 * the user's own country (a share never lets a country attach); the API decides the rest.
 */
export function mayRecordDocuments(
  user: SessionUser | null,
  record: CaseRecord,
  command: 'AttachDocument' | 'CorrectDocument',
): boolean {
  return (
    user !== null &&
    record.state.status === 'open' &&
    record.state.seizure?.country === user.country &&
    roleMayIssue(user.role, command)
  );
}
