import { type GreenchainConfig } from '@greenchain/platform';
import { type Request } from 'express';
import { AccessTokenService } from './access-token.service';

const config = {
  auth: { accessSecret: 'a-test-secret-of-at-least-32-characters', accessTtlSeconds: 60 },
} as unknown as GreenchainConfig;

const requestWith = (authorization?: string) =>
  ({ headers: authorization === undefined ? {} : { authorization } }) as Request;

describe('AccessTokenService.verifyBearer', () => {
  const tokens = new AccessTokenService(config);
  const subject = { userId: 'user-1', sessionId: 'session-1' };

  it('verifies a request’s token once, however often it is asked', async () => {
    const request = requestWith(`Bearer ${await tokens.issue(subject)}`);
    const verify = jest.spyOn(tokens, 'verify');
    await expect(tokens.verifyBearer(request)).resolves.toEqual(subject);
    await expect(tokens.verifyBearer(request)).resolves.toEqual(subject);
    expect(verify).toHaveBeenCalledTimes(1);
    verify.mockRestore();
  });

  it('verifies again when the request carries another token', async () => {
    const request = requestWith(`Bearer ${await tokens.issue(subject)}`);
    await expect(tokens.verifyBearer(request)).resolves.toEqual(subject);
    request.headers.authorization = 'Bearer not-a-token';
    await expect(tokens.verifyBearer(request)).resolves.toBeNull();
  });

  it('answers null without a bearer token, or with a token of another scheme', async () => {
    await expect(tokens.verifyBearer(requestWith())).resolves.toBeNull();
    const token = await tokens.issue(subject);
    await expect(tokens.verifyBearer(requestWith(`Basic ${token}`))).resolves.toBeNull();
  });
});
