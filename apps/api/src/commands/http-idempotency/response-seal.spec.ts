import { randomBytes } from 'node:crypto';
import { open, seal } from './response-seal';

describe('response seal', () => {
  const key = randomBytes(32);

  it('opens with the key it was sealed with, and hides the plaintext', () => {
    const sealed = seal(key, '{"refreshToken":"secret"}');
    expect(sealed.toString('latin1')).not.toContain('secret');
    expect(open(key, sealed)).toBe('{"refreshToken":"secret"}');
  });

  it('answers undefined for another key or altered bytes, never garbage', () => {
    const sealed = seal(key, 'x');
    expect(open(randomBytes(32), sealed)).toBeUndefined();
    sealed[sealed.length - 1] = (sealed.at(-1) ?? 0) ^ 1;
    expect(open(key, sealed)).toBeUndefined();
  });
});
