/** Told that events were appended; must not throw (the append has succeeded whatever it does). */
export type AppendListener = () => void;

/**
 * Tells this process's subscribers (projection runners, job pollers) that new events exist, so
 * they read at once instead of at their next poll. Calls are coalesced to one per event-loop turn:
 * a group commit resolves many appends together. Only appends made through this process's store are
 * seen; other processes' writes arrive by their own wake-up channel or the safety poll.
 */
export class AppendSignal {
  private readonly listeners = new Set<AppendListener>();
  private scheduled = false;

  /** Returns the function that removes the listener. */
  subscribe(listener: AppendListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    if (this.scheduled || this.listeners.size === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      for (const listener of this.listeners) listener();
    });
  }
}
