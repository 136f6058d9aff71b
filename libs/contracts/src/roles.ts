/** Who works in Greenchain; abilities derive from the role, the country and the agency. */
export const roles = ['customs', 'prosecutor', 'judiciary', 'analyst', 'admin'] as const;
export type Role = (typeof roles)[number];

/** The worker acts as `system` when it records facts such as a missed deadline. */
export type ActorRole = Role | 'system';
