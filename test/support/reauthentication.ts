import { reauthenticationHeader, type ReauthenticationProof } from '@greenchain/contracts';
import type request from 'supertest';
import { bodyOf } from './http';
import { bearer, demoPassword } from './sessions';

/** A fresh re-authentication proof of the token's user (a demo user's password by default). */
export async function reauthenticate(
  http: ReturnType<typeof request>,
  accessToken: string,
  password: string = demoPassword,
): Promise<string> {
  const response = await http
    .post('/api/auth/reauthenticate')
    .set(bearer(accessToken))
    .send({ password });
  if (response.status !== 200)
    throw new Error(`re-authentication failed: ${response.status} ${response.text}`);
  return bodyOf<ReauthenticationProof>(response).proof;
}

export const withProof = (proof: string) => ({ [reauthenticationHeader]: proof });

/** The headers of a sensitive request: the bearer token and a fresh proof of the same user. */
export async function reauthenticated(
  http: ReturnType<typeof request>,
  accessToken: string,
  password: string = demoPassword,
): Promise<Record<string, string>> {
  return {
    ...bearer(accessToken),
    ...withProof(await reauthenticate(http, accessToken, password)),
  };
}
