import type { RunnerLogger } from '../runner/projection-runner';
import { QueueWatchdog } from './queue-watchdog';

const quiet: RunnerLogger = { log: () => undefined, error: () => undefined };

describe('QueueWatchdog', () => {
  it('recreates the workers once per recovery, never while the server stays up or down', async () => {
    let up = true;
    const recoveries: number[] = [];
    const watchdog = new QueueWatchdog({
      probe: () => (up ? Promise.resolve('PONG') : Promise.reject(new Error('ECONNREFUSED'))),
      onRecovered: () => {
        recoveries.push(recoveries.length + 1);
        return Promise.resolve();
      },
      logger: quiet,
    });
    await watchdog.check();
    up = false;
    await watchdog.check();
    await watchdog.check();
    expect(recoveries).toEqual([]);
    up = true;
    await watchdog.check();
    await watchdog.check();
    expect(recoveries).toEqual([1]);
    up = false;
    await watchdog.check();
    up = true;
    await watchdog.check();
    expect(recoveries).toEqual([1, 2]);
  });
});
