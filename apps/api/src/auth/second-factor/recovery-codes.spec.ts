import { randomBytes } from 'node:crypto';
import { newRecoveryCodes, normalizeRecoveryCode, RecoveryCodeHasher } from './recovery-codes';
import { parseSecondFactorCode } from './second-factor-code';

describe('recovery codes', () => {
  it('makes ten distinct codes of three groups of four unambiguous symbols', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){2}$/);
  });

  it('reads a code whatever its case, spaces and dashes; refuses anything else', () => {
    expect(normalizeRecoveryCode('abcd-efgh-jkmn')).toBe('ABCDEFGHJKMN');
    expect(normalizeRecoveryCode(' ABCD EFGH JKMN ')).toBe('ABCDEFGHJKMN');
    expect(normalizeRecoveryCode('ABCD-EFGH-JKM')).toBeUndefined();
    expect(normalizeRecoveryCode('ABCD-EFGH-JKM0')).toBeUndefined();
    expect(normalizeRecoveryCode('')).toBeUndefined();
  });

  it('hashes per user and per master key, never the code itself', () => {
    const key = randomBytes(32);
    const hasher = new RecoveryCodeHasher(key);
    const hash = hasher.hash('user-1', 'ABCDEFGHJKMN');
    expect(hash).toHaveLength(32);
    expect(hash.toString('latin1')).not.toContain('ABCDEFGHJKMN');
    expect(hasher.hash('user-1', 'ABCDEFGHJKMN')).toEqual(hash);
    expect(hasher.hash('user-2', 'ABCDEFGHJKMN')).not.toEqual(hash);
    expect(new RecoveryCodeHasher(randomBytes(32)).hash('user-1', 'ABCDEFGHJKMN')).not.toEqual(
      hash,
    );
  });
});

describe('the code a user types', () => {
  it('is an authenticator code when it is six digits, spaces ignored', () => {
    expect(parseSecondFactorCode('123 456')).toEqual({ kind: 'totp', code: '123456' });
  });

  it('is a recovery code when it reads as one, else nothing', () => {
    expect(parseSecondFactorCode('abcd-efgh-jkmn')).toEqual({
      kind: 'recovery',
      code: 'ABCDEFGHJKMN',
    });
    expect(parseSecondFactorCode('12345')).toBeUndefined();
    expect(parseSecondFactorCode('1234567')).toBeUndefined();
  });
});
