import { createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** Upper-case letters and digits without 0, 1, I and O, which read alike: 32 symbols, 5 bits each. */
const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const groups = 3;
const groupLength = 4;
export const recoveryCodeCount = 10;

const recoveryCodePattern = new RegExp(`^[${alphabet}]{${groups * groupLength}}$`);

/** Ten codes of 60 random bits, written `ABCD-EFGH-JKLM` (256 is a multiple of 32: no bias). */
export function newRecoveryCodes(count: number = recoveryCodeCount): string[] {
  return Array.from({ length: count }, () => {
    const symbols = [...randomBytes(groups * groupLength)].map((byte) => alphabet[byte % 32]);
    return Array.from({ length: groups }, (_, group) =>
      symbols.slice(group * groupLength, (group + 1) * groupLength).join(''),
    ).join('-');
  });
}

/** The code in canonical form (case, spaces and dashes do not matter), or undefined if it is none. */
export function normalizeRecoveryCode(input: string): string | undefined {
  const canonical = input.toUpperCase().replace(/[\s-]/g, '');
  return recoveryCodePattern.test(canonical) ? canonical : undefined;
}

/**
 * Recovery codes are stored as HMAC-SHA-256 under a key derived from the master key: 60 random
 * bits cannot be guessed from a stolen table without that key, and a lookup is one indexed read
 * (a slow password hash per stored code would make each sign-in try ten of them).
 */
export class RecoveryCodeHasher {
  private readonly key: Buffer;

  constructor(masterKey: Buffer) {
    this.key = Buffer.from(hkdfSync('sha256', masterKey, '', 'greenchain recovery codes', 32));
  }

  /** The stored form of a normalized code, bound to its user. */
  hash(userId: string, normalizedCode: string): Buffer {
    return createHmac('sha256', this.key).update(`${userId}:${normalizedCode}`).digest();
  }
}
