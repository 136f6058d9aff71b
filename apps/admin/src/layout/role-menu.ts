import { type Role } from '@greenchain/contracts';

export type MenuEntry =
  | 'cases'
  | 'notifications'
  | 'analytics'
  | 'reports'
  | 'users'
  | 'security-audit'
  | 'dead-letters'
  | 'projections'
  | 'system';

/**
 * What each role is offered, mirroring the API's abilities (docs/adr/0005): administrators run the
 * system and read no case content; analysts read cases without personal data, not evidence;
 * notifications go to the seizing office, which is customs; treaty reports are filed by customs
 * officers and prosecutors for their country, and read by analysts for any. Exhibits are reached through their case
 * (the API lists them per case), so they have no menu entry of their own.
 */
const menus: Record<Role, readonly MenuEntry[]> = {
  customs: ['cases', 'notifications', 'analytics', 'reports', 'system'],
  prosecutor: ['cases', 'analytics', 'reports', 'system'],
  judiciary: ['cases', 'analytics', 'system'],
  analyst: ['cases', 'analytics', 'reports', 'system'],
  admin: ['analytics', 'users', 'security-audit', 'projections', 'dead-letters', 'system'],
};

export function menuFor(role: Role | undefined): readonly MenuEntry[] {
  return role ? menus[role] : [];
}

export function offers(role: Role | undefined, entry: MenuEntry): boolean {
  return menuFor(role).includes(entry);
}
