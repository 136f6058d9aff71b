/**
 * beforeAll and afterAll such that every afterAll of a test file first waits for the file's
 * beforeAll hooks to settle. A beforeAll that exceeds its timeout goes on running: jest fails the
 * suite and runs its afterAll hooks at once, which find nothing assigned yet to close, while what
 * the late beforeAll then starts (a Nest context, with its queue workers and pollers) would run on
 * in the jest worker. Waiting, the afterAll closes it (its own timeout still applies).
 */
export function waitingHooks(original: { beforeAll: jest.Lifecycle; afterAll: jest.Lifecycle }): {
  beforeAll: jest.Lifecycle;
  afterAll: jest.Lifecycle;
} {
  const running = new Set<Promise<unknown>>();
  const track = (result: unknown): unknown => {
    if (!(result instanceof Promise)) return result;
    const settled: Promise<unknown> = result.then(
      () => running.delete(settled),
      () => running.delete(settled),
    );
    running.add(settled);
    return result;
  };
  // A hook that takes jest's done callback is passed on as it is: none of ours do.
  const takesDone = (fn: jest.ProvidesHookCallback) => fn.length > 0;
  const waitThen = (fn: () => unknown) => async (): Promise<unknown> => {
    await Promise.all(running);
    return fn();
  };
  return {
    beforeAll: (fn, timeout): void => {
      original.beforeAll(takesDone(fn) ? fn : () => track((fn as () => unknown)()), timeout);
    },
    afterAll: (fn, timeout): void => {
      original.afterAll(takesDone(fn) ? fn : waitThen(fn as () => unknown), timeout);
    },
  };
}
