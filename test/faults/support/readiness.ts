import { expectEventually } from '@greenchain/testing';

/** The status of `GET /health/ready`, or 0 when nothing answered within 3 s. */
async function readinessStatus(baseUrl: string): Promise<number> {
  try {
    const response = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(3000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/**
 * Waits until readiness says `ready` (200) or not (anything else, no answer included); answers
 * how long that took, in ms.
 */
export async function waitForReadiness(
  baseUrl: string,
  ready: boolean,
  timeoutMs: number,
): Promise<number> {
  const started = Date.now();
  await expectEventually(async () => expect((await readinessStatus(baseUrl)) === 200).toBe(ready), {
    timeoutMs,
    intervalMs: 100,
  });
  return Date.now() - started;
}
