/**
 * How long one API process may go on trusting that a session is live without asking PostgreSQL
 * again. A session ended through another process stops working here within this bound; one ended
 * through this process is forgotten at once.
 */
export const liveSessionCacheMs = 5_000;

/** Above this many entries the oldest are dropped: a bound on memory, not on correctness. */
const maxEntries = 50_000;

/** Sessions known to be live, per process, each until a deadline (never past its own end). */
export class LiveSessionCache {
  private readonly until = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  isLive(sessionId: string): boolean {
    const deadline = this.until.get(sessionId);
    if (deadline === undefined) return false;
    if (deadline > this.now()) return true;
    this.until.delete(sessionId);
    return false;
  }

  remember(sessionId: string, expiresAt: Date): void {
    if (this.until.size >= maxEntries) {
      const oldest = this.until.keys().next();
      if (!oldest.done) this.until.delete(oldest.value);
    }
    this.until.set(sessionId, Math.min(this.now() + liveSessionCacheMs, expiresAt.getTime()));
  }

  forget(sessionIds: readonly string[]): void {
    for (const id of sessionIds) this.until.delete(id);
  }
}
