import { createHash } from 'node:crypto';

/**
 * A UUID (version 5 layout) derived from the parts: the same fact always gets the same id, which
 * makes a retried import or scan hit the store's idempotency instead of appending again.
 */
export function stableUuid(...parts: readonly string[]): string {
  const hex = createHash('sha256').update(parts.join('|')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
