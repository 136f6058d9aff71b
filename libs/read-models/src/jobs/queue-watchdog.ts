import type { RunnerLogger } from '../runner/projection-runner';
import { PollingLoop } from '../shared/polling-loop';

export interface QueueWatchdogOptions {
  /** Resolves when the queue's server answers (Redis PING), rejects otherwise. */
  readonly probe: () => Promise<unknown>;
  /** Called once each time the server answers again after failing. */
  readonly onRecovered: () => Promise<void>;
  readonly intervalMs?: number;
  readonly logger: RunnerLogger;
}

/**
 * Watches the queue's server and rebuilds the workers when it comes back: a BullMQ worker can
 * reconnect yet stop fetching jobs after Redis restarts (BullMQ issues #2466, #2964). Pending
 * dispatches in PostgreSQL cover the jobs Redis lost meanwhile.
 */
export class QueueWatchdog {
  private down = false;
  private readonly loop: PollingLoop;

  constructor(private readonly options: QueueWatchdogOptions) {
    this.loop = new PollingLoop({
      step: async () => {
        await this.check();
        return 0;
      },
      intervalMs: options.intervalMs ?? 2000,
      onError: (error) => options.logger.error('recreating the queue workers failed', error),
    });
  }

  start(): void {
    this.loop.start();
  }

  /** Ends the watch after the probe under way, if any. */
  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** One probe; exposed so a test can drive the watchdog without waiting for the interval. */
  async check(): Promise<void> {
    try {
      await this.options.probe();
    } catch (error) {
      if (!this.down) this.options.logger.error('queue server unreachable', error);
      this.down = true;
      return;
    }
    if (!this.down) return;
    this.down = false;
    this.options.logger.log('queue server back: recreating workers');
    await this.options.onRecovered();
  }
}
