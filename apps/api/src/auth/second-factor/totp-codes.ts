import { generateSecret, generateURI, verify } from 'otplib';

export const totpIssuer = 'Greenchain';

/** RFC 6238 defaults, which every authenticator app follows: SHA-1, 6 digits, 30 s steps. */
const periodSeconds = 30;

/** One step either side: a phone whose clock is a little off still signs in. */
const toleranceSeconds = periodSeconds;

export type TotpCheck =
  | { readonly outcome: 'valid'; readonly timeStep: number }
  | { readonly outcome: 'replayed' }
  | { readonly outcome: 'invalid' };

/** 160 random bits in base32, the size RFC 4226 recommends. */
export const newTotpSecret = (): string => generateSecret({ length: 20 });

export const otpauthUri = (accountName: string, secret: string): string =>
  generateURI({ issuer: totpIssuer, label: accountName, secret });

/**
 * Checks a 6-digit code at `nowMs`, one step of drift allowed. A code of a time step at or before
 * `lastUsedStep` is a replay: a code, once accepted, never opens anything again.
 */
export async function checkTotp(
  secret: string,
  code: string,
  lastUsedStep: number | null,
  nowMs: number,
): Promise<TotpCheck> {
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(nowMs / 1000),
    period: periodSeconds,
    epochTolerance: toleranceSeconds,
  });
  // The functional verify types HOTP and TOTP results alike; only TOTP's carry the time step.
  if (!result.valid || !('timeStep' in result)) return { outcome: 'invalid' };
  if (lastUsedStep !== null && result.timeStep <= lastUsedStep) return { outcome: 'replayed' };
  return { outcome: 'valid', timeStep: result.timeStep };
}
