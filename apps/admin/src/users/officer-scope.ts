import { type Role } from '@greenchain/contracts';
import { isOfficer, mayBeFocalPoint } from './role-choices';

interface Scoped {
  readonly role: Role;
  readonly country?: string | null;
  readonly agency?: string | null;
  readonly focalPoint?: boolean;
}

/**
 * Analysts and administrators work across countries: send no country or agency for them; only
 * customs officers and prosecutors can be focal points, so the others send false.
 */
export function withOfficerScope<T extends Scoped>(user: T): T {
  const focalPoint = mayBeFocalPoint(user.role) && (user.focalPoint ?? false);
  return isOfficer(user.role)
    ? { ...user, focalPoint }
    : { ...user, country: null, agency: null, focalPoint };
}
