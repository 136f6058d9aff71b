import { roles, type Role } from '@greenchain/contracts';

export const roleChoices = roles.map((role) => ({ id: role, name: `common.roles.${role}` }));

/** Officers act for one country and one agency; the API refuses a profile that breaks this. */
export function isOfficer(role: Role | undefined): boolean {
  return role === 'customs' || role === 'prosecutor' || role === 'judiciary';
}

/** National focal points file their country's treaty reports: customs officers and prosecutors. */
export function mayBeFocalPoint(role: Role | undefined): boolean {
  return role === 'customs' || role === 'prosecutor';
}
