import { createHash, createHmac } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/**
 * The digest of a JSON value (canonical, so key order never matters) that tells whether a repeated
 * command id or Idempotency-Key carries "the same request". Keyed (HMAC-SHA-256) when a key is
 * given: requests carry personal values (names, birth dates), and an unkeyed hash kept in
 * processed_commands would let anyone with the table confirm a guessed value.
 */
export function requestHash(request: unknown, key?: Buffer): Buffer {
  const body = canonicalJson(request);
  return key === undefined
    ? createHash('sha256').update(body).digest()
    : createHmac('sha256', key).update(body).digest();
}
