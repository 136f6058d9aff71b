import { ProblemException } from '@greenchain/platform';

/**
 * 429 problem+json; the problem filter turns `retryAfter` into the Retry-After header (whole
 * seconds, at least one).
 */
export function tooManyRequests(code: string, detail: string, waitMs: number): ProblemException {
  const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
  return new ProblemException(429, code, detail, undefined, undefined, { retryAfter });
}
