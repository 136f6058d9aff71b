import { type LoginResponse } from '@greenchain/contracts';
import { session } from './session';

let pending: Promise<boolean> | null = null;

async function rotate(): Promise<boolean> {
  const refreshToken = session.current()?.refreshToken;
  if (!refreshToken) return false;
  const response = await fetch('/api/auth/refresh', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ refreshToken }),
  });
  if (!response.ok) return false;
  session.save((await response.json()) as LoginResponse);
  return true;
}

/**
 * Rotates the refresh token once for every request that met a 401 at the same time: refresh tokens
 * are single use, so two parallel rotations would end the session.
 */
export function refreshSession(): Promise<boolean> {
  pending ??= rotate()
    .catch(() => false)
    .finally(() => {
      pending = null;
    });
  return pending;
}
