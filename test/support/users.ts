import { type Role, type UserRecord } from '@greenchain/contracts';
import type request from 'supertest';
import { bodyOf } from './http';
import { reauthenticated } from './reauthentication';
import { signIn } from './sessions';

export const testPassword = 'a-long-test-password';

/** Creates a user through the admin API (so the test also exercises it), as a demo administrator. */
export async function createUser(
  http: ReturnType<typeof request>,
  adminToken: string,
  profile: { email: string; role: Role; country: string | null; agency: string | null },
): Promise<UserRecord> {
  const response = await http
    .post('/api/users')
    .set(await reauthenticated(http, adminToken))
    .send({ ...profile, displayName: profile.email, password: testPassword });
  if (response.status !== 201)
    throw new Error(`creating ${profile.email}: ${response.status} ${response.text}`);
  return bodyOf<UserRecord>(response);
}

type Profile = Parameters<typeof createUser>[2];

/** A customs officer of Uganda, the "other country" of the e2e tests. */
export const ugandanOfficer = (email: string): Profile => ({
  email,
  role: 'customs',
  country: 'UG',
  agency: 'Uganda Revenue Authority',
});

/** Creates a user through the admin API and answers their access token. */
export async function signInNewUser(
  http: ReturnType<typeof request>,
  adminToken: string,
  profile: Profile,
): Promise<string> {
  await createUser(http, adminToken, profile);
  return (await signIn(http, profile.role, { email: profile.email, password: testPassword }))
    .accessToken;
}
