import { useCallback, useRef } from 'react';
import { newIdempotencyKey } from '../providers/idempotency-key';

/**
 * One Idempotency-Key per user action: submitting the same values again (a retry after a timeout or
 * a lost answer) sends the same key, so the server records the fact once; changed values are a new
 * action with a new key. `done()` forgets it once the action succeeded.
 */
export function useIdempotencyKey() {
  const last = useRef<{ body: string; key: string } | null>(null);
  const keyFor = useCallback((values: unknown): string => {
    const body = JSON.stringify(values);
    if (last.current?.body !== body) last.current = { body, key: newIdempotencyKey() };
    return last.current.key;
  }, []);
  const done = useCallback(() => {
    last.current = null;
  }, []);
  return { keyFor, done };
}
