import { type Role } from '@greenchain/contracts';
import { isOfficer } from './role-choices';

interface Scoped {
  readonly role: Role;
  readonly country?: string | null;
  readonly agency?: string | null;
}

/** Analysts and administrators work across countries: send no country or agency for them. */
export function withOfficerScope<T extends Scoped>(user: T): T {
  return isOfficer(user.role) ? user : { ...user, country: null, agency: null };
}
