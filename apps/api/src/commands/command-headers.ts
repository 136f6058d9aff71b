import { ProblemException } from '@greenchain/platform';

/** The concurrency and idempotency headers of a command request, checked. */
export interface CommandHeaders {
  /** From If-Match: the stream version the client last saw; a stale one gives 412. */
  readonly expectedVersion?: number;
  /** From Idempotency-Key: a repeat returns the first response and appends nothing. */
  readonly idempotencyKey?: string;
}

const entityTag = /^(?:W\/)?"(\d{1,15})"$/;
const idempotencyKey = /^[\x21-\x7e]{1,255}$/;

/** The one thing read from the request, so the parser is testable without Express. */
export interface HeaderSource {
  header(name: string): string | undefined;
}

export function parseCommandHeaders(request: HeaderSource): CommandHeaders {
  const ifMatch = request.header('if-match');
  if (ifMatch !== undefined && !entityTag.test(ifMatch.trim())) {
    throw new ProblemException(
      400,
      'request/invalid-if-match',
      'If-Match must be one entity tag such as "3" (the stream version from ETag).',
      'If-Match',
    );
  }
  const key = parseIdempotencyKey(request);
  const version = ifMatch && entityTag.exec(ifMatch.trim())?.[1];
  return {
    ...(version ? { expectedVersion: Number(version) } : {}),
    ...(key ? { idempotencyKey: key } : {}),
  };
}

/** The Idempotency-Key of any POST, checked; undefined when there is none. */
export function parseIdempotencyKey(request: HeaderSource): string | undefined {
  const key = request.header('idempotency-key');
  if (key !== undefined && !idempotencyKey.test(key)) {
    throw new ProblemException(
      400,
      'request/invalid-idempotency-key',
      'Idempotency-Key must be 1 to 255 visible ASCII characters.',
      'Idempotency-Key',
    );
  }
  return key;
}
