/**
 * The Redis channel a writer publishes to after a commit, so runners poll at once instead of at
 * their next interval. A lost message only delays: polling stays the source of truth.
 */
export function projectionWakeChannel(prefix: string): string {
  return `${prefix}:projections:wake`;
}
