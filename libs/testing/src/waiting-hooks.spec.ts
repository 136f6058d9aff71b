import { waitingHooks } from './waiting-hooks';

/** Hooks registered through waitingHooks, captured instead of handed to jest. */
function captured() {
  const hooks: { before: (() => unknown)[]; after: (() => unknown)[] } = { before: [], after: [] };
  const wrapped = waitingHooks({
    beforeAll: (fn) => hooks.before.push(fn as () => unknown),
    afterAll: (fn) => hooks.after.push(fn as () => unknown),
  });
  return { hooks, ...wrapped };
}

describe('waiting hooks', () => {
  it('runs an afterAll only once a beforeAll that outlived its timeout has finished', async () => {
    const { hooks, beforeAll, afterAll } = captured();
    const seen: string[] = [];
    let finishStart: () => void = () => undefined;
    beforeAll(async () => {
      await new Promise<void>((resolve) => (finishStart = resolve));
      seen.push('started');
    });
    afterAll(() => seen.push('closed'));
    // jest gave up on the beforeAll (timeout) and goes on to the afterAll.
    void hooks.before[0]?.();
    const closing = hooks.after[0]?.();
    await Promise.resolve();
    expect(seen).toEqual([]);
    finishStart();
    await closing;
    expect(seen).toEqual(['started', 'closed']);
  });

  it('runs the afterAll after a beforeAll that failed', async () => {
    const { hooks, beforeAll, afterAll } = captured();
    let closed = false;
    beforeAll(() => Promise.reject(new Error('no database')));
    afterAll(() => (closed = true));
    await expect(hooks.before[0]?.()).rejects.toThrow('no database');
    await hooks.after[0]?.();
    expect(closed).toBe(true);
  });
});
