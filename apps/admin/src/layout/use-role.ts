import { type Role } from '@greenchain/contracts';
import { usePermissions } from 'react-admin';

/** The signed-in user's role, as the auth provider's permissions (undefined while loading). */
export function useRole(): Role | undefined {
  const { permissions } = usePermissions<Role | undefined>();
  return permissions;
}
