import { randomBytes } from 'node:crypto';
import { SecretSeal } from './secret-seal';

describe('SecretSeal', () => {
  const masterKey = randomBytes(32);

  it('keeps purposes apart: a secret sealed for one does not open for another', () => {
    const sealed = new SecretSeal(masterKey, 'totp').seal('user-1', 'JBSWY3DPEHPK3PXP');
    expect(new SecretSeal(masterKey, 'totp').open('user-1', sealed)).toBe('JBSWY3DPEHPK3PXP');
    expect(() => new SecretSeal(masterKey, 'webhook').open('user-1', sealed)).toThrow();
    expect(() => new SecretSeal(masterKey, 'totp').open('user-2', sealed)).toThrow();
  });

  it('refuses a master key that is not 32 bytes', () => {
    expect(() => new SecretSeal(randomBytes(16), 'totp')).toThrow(RangeError);
  });
});
