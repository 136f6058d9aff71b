import { type MenuEntry } from '../layout/role-menu';
import { type en } from './access.messages';

export type AccessArea = keyof typeof en.access.denied;

/** The part of the console each page belongs to, as a refused user is told about it. */
export const accessAreaOf: Record<MenuEntry, AccessArea> = {
  cases: 'cases',
  notifications: 'notifications',
  analytics: 'analytics',
  reports: 'reports',
  users: 'users',
  'security-audit': 'securityAudit',
  'dead-letters': 'operations',
  projections: 'operations',
  system: 'system',
};
