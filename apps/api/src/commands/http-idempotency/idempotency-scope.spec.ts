import { randomBytes } from 'node:crypto';
import { type SessionUser } from '@greenchain/contracts';
import { type GreenchainConfig } from '@greenchain/platform';
import { CommandKeys } from '../command-keys.service';
import { idempotencyScope, type ScopedRequest } from './idempotency-scope';

const keys = new CommandKeys({ encryptionMasterKey: randomBytes(32) } as GreenchainConfig);
const salt = randomBytes(16);
const request = (body: unknown, user?: Partial<SessionUser>): ScopedRequest => ({
  user: user as SessionUser | undefined,
  route: '/api/x',
  params: {},
  query: {},
  body,
});

describe('idempotencyScope', () => {
  it('gives a signed-in user keys of their own, covering the whole request', async () => {
    const scope = idempotencyScope('user', request({ a: 1 }, { id: 'u-1' }), keys);
    const other = idempotencyScope('user', request({ a: 1 }, { id: 'u-2' }), keys);
    expect(scope?.owner).not.toBe(other?.owner);
    expect(scope?.request).toEqual({ route: '/api/x', params: {}, query: {}, body: { a: 1 } });
    expect(await scope?.sealKey(salt)).not.toEqual(await other?.sealKey(salt));
    expect(idempotencyScope('user', request({ a: 1 }), keys)).toBeUndefined();
  });

  it('gives a refresh token keys of its own, sealed under the token, named by no clear value', async () => {
    const scope = idempotencyScope('refresh-token', request({ refreshToken: 'token-a' }), keys);
    expect(scope?.owner).not.toContain('token-a');
    const again = idempotencyScope('refresh-token', request({ refreshToken: 'token-a' }), keys);
    expect(await again?.sealKey(salt)).toEqual(await scope?.sealKey(salt));
    const other = idempotencyScope('refresh-token', request({ refreshToken: 'token-b' }), keys);
    expect(await other?.sealKey(salt)).not.toEqual(await scope?.sealKey(salt));
    expect(idempotencyScope('refresh-token', request({}), keys)).toBeUndefined();
  });

  it('seals a sign-in under the password through argon2id, one key per email', async () => {
    const body = { email: 'A@x.test', password: 'secret-1' };
    const scope = idempotencyScope('password', request(body), keys);
    expect(scope?.owner).toBe('login:a@x.test');
    expect(JSON.stringify(scope?.request)).not.toContain('secret-1');
    const key = await scope?.sealKey(salt);
    expect(key).toHaveLength(32);
    const wrong = idempotencyScope('password', request({ ...body, password: 'secret-2' }), keys);
    expect(await wrong?.sealKey(salt)).not.toEqual(key);
    expect(idempotencyScope('password', request({ email: 'a@x.test' }), keys)).toBeUndefined();
  });

  it('leaves commands to the event store', () => {
    expect(idempotencyScope('event-store', request({}, { id: 'u-1' }), keys)).toBeUndefined();
  });
});
