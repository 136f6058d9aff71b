export interface PollingLoopOptions {
  /** One round; returns how much work it did (0: nothing was waiting). */
  readonly step: () => Promise<number>;
  /** The wait after a round that found nothing, and the longest wait of the backoff. */
  readonly intervalMs: number;
  /**
   * The wait after a round that did some work but left nothing known to be waiting, doubling on
   * each empty round up to intervalMs; wake() starts the backoff from it again. Defaults to
   * intervalMs (no backoff).
   */
  readonly busyIntervalMs?: number;
  /** Whether more work is known to be waiting after a round: the next one runs at once. */
  readonly hasMore?: (done: number) => boolean;
  /** Told of a round that threw; the loop then waits errorDelayMs and goes on. */
  readonly onError: (error: unknown) => void | Promise<void>;
  /** Defaults to intervalMs. */
  readonly errorDelayMs?: number;
}

/**
 * Runs `step` again and again: at once while more work is waiting, after a short wait when a round
 * did some work, and after a wait that doubles up to `intervalMs` while rounds find nothing. wake()
 * ends the current wait early (a notification that work arrived).
 */
export class PollingLoop {
  private running: Promise<void> | undefined;
  private stopping = false;
  private wakeUp: (() => void) | undefined;
  /** In the short wait after a round that did work (see wake). */
  private waitingBusy = false;
  private readonly busyIntervalMs: number;
  private nextWaitMs: number;

  constructor(private readonly options: PollingLoopOptions) {
    this.busyIntervalMs = Math.min(
      options.busyIntervalMs ?? options.intervalMs,
      options.intervalMs,
    );
    this.nextWaitMs = options.intervalMs;
  }

  start(): void {
    if (this.running) return;
    this.stopping = false;
    this.running = this.loop();
  }

  /** Ends the loop after the current round. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeUp?.();
    await this.running;
    this.running = undefined;
  }

  /**
   * Ends the current wait and restarts the backoff from the busy interval: the announced work may
   * not be readable at once, and a loop idle for long would otherwise wait its full interval. The
   * short wait after a round that did work is not cut short: the loop is back within it anyway, and
   * under steady writes every append wakes it, so waking would run a round (for a runner, a
   * transaction) per append instead of one per busy interval for all of them.
   */
  wake(): void {
    this.nextWaitMs = this.busyIntervalMs;
    if (!this.waitingBusy) this.wakeUp?.();
  }

  private async loop(): Promise<void> {
    const { step, hasMore = (done: number) => done > 0 } = this.options;
    while (!this.stopping) {
      let done: number;
      try {
        done = await step();
      } catch (error) {
        await this.options.onError(error);
        await this.sleep(this.options.errorDelayMs ?? this.options.intervalMs);
        continue;
      }
      if (done > 0 && hasMore(done)) continue;
      if (done > 0) this.nextWaitMs = this.busyIntervalMs;
      this.waitingBusy = done > 0 && this.busyIntervalMs < this.options.intervalMs;
      await this.sleep(this.nextWaitMs);
      this.waitingBusy = false;
      if (done === 0) this.nextWaitMs = Math.min(this.nextWaitMs * 2, this.options.intervalMs);
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = done;
    });
  }
}
