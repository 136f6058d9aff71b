import { type UpdateUserRequest, type UserRecord } from '@greenchain/contracts';
import { HttpError, useNotify, useRedirect, useRefresh } from 'react-admin';
import { httpClient } from '../providers/http-client';
import { withOfficerScope } from './officer-scope';

type FormErrors = Record<string, unknown>;

/**
 * Users are the one record edited in place (PATCH /api/users/:id); the data provider's update is
 * reserved for commands, so the edit form saves through this. Returns the field errors of a refusal.
 */
export function useUpdateUser(): (user: UserRecord) => Promise<FormErrors | undefined> {
  const notify = useNotify();
  const redirect = useRedirect();
  const refresh = useRefresh();
  return async (user) => {
    const { displayName, role, country, agency, focalPoint, active } = withOfficerScope(user);
    const changes: UpdateUserRequest = { displayName, role, country, agency, focalPoint, active };
    try {
      await httpClient(`/api/users/${encodeURIComponent(user.id)}`, {
        method: 'PATCH',
        headers: new Headers({ 'Content-Type': 'application/json' }),
        body: JSON.stringify(changes),
      });
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      notify(error.message, { type: 'error' });
      return (error.body as { errors?: FormErrors } | undefined)?.errors;
    }
    notify('users.updated', { type: 'success' });
    refresh();
    redirect('list', 'users');
    return undefined;
  };
}
