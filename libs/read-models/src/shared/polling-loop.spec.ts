import { performance } from 'node:perf_hooks';
import { PollingLoop } from './polling-loop';

/** A loop whose rounds do the given work in turn (then none), recording when each round ran. */
function loopDoing(work: number[]) {
  const roundsAt: number[] = [];
  let roundSeen: () => void = () => undefined;
  const loop = new PollingLoop({
    step: () => {
      roundsAt.push(performance.now());
      roundSeen();
      return Promise.resolve(work.shift() ?? 0);
    },
    intervalMs: 5_000,
    busyIntervalMs: 300,
    // As a runner after a partial batch: work was done, none is known to be waiting.
    hasMore: () => false,
    onError: () => undefined,
  });
  const nextRound = () => new Promise<void>((resolve) => (roundSeen = resolve));
  return { loop, roundsAt, nextRound };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('PollingLoop', () => {
  it('ends an idle wait on wake', async () => {
    const { loop, roundsAt, nextRound } = loopDoing([]);
    const first = nextRound();
    loop.start();
    await first;
    await pause(20);
    const second = nextRound();
    const wokenAt = performance.now();
    loop.wake();
    await second;
    await loop.stop();
    expect(roundsAt[1]! - wokenAt).toBeLessThan(200);
  });

  it('lets wakes during the short wait after a round that did work wait for its end', async () => {
    const { loop, roundsAt, nextRound } = loopDoing([1]);
    const first = nextRound();
    loop.start();
    await first;
    const second = nextRound();
    for (let wake = 0; wake < 5; wake += 1) {
      await pause(20);
      loop.wake();
    }
    await second;
    await loop.stop();
    // One round for all five wakes, after the busy interval.
    expect(roundsAt).toHaveLength(2);
    expect(roundsAt[1]! - roundsAt[0]!).toBeGreaterThanOrEqual(290);
  });
});
