import { createHmac } from 'node:crypto';

const base64url = (value: object | Buffer) =>
  (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');

/** Hand-made JWTs for attacks the real signer would never produce. */
export function forgeJwt(
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
  secret?: string,
): string {
  const unsigned = `${base64url(header)}.${base64url(claims)}`;
  const signature =
    secret === undefined ? '' : base64url(createHmac('sha256', secret).update(unsigned).digest());
  return `${unsigned}.${signature}`;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The claims naming a genuine token's user, session, issuer and audience, to forge around them. */
export function sessionClaims(token: string): {
  sub: string;
  sid: string;
  iss: string;
  aud: string;
} {
  const { sub, sid, iss, aud } = JSON.parse(
    Buffer.from(token.split('.')[1] ?? '', 'base64url').toString(),
  ) as Record<string, string>;
  return { sub: sub ?? '', sid: sid ?? '', iss: iss ?? '', aud: aud ?? '' };
}
