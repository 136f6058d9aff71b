/**
 * Seconds to wait after the `failures`-th failure when waits begin at the `free`-th: none before
 * it, then 1, 2, 4 … doubling up to `maxSeconds`.
 */
export function backOffSeconds(failures: number, free: number, maxSeconds: number): number {
  if (failures < free) return 0;
  return Math.min(2 ** Math.min(failures - free, 30), maxSeconds);
}
