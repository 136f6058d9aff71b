import { type Role, type UserRecord } from '@greenchain/contracts';
import type request from 'supertest';
import { bodyOf } from './http';
import { bearer } from './sessions';

export const testPassword = 'a-long-test-password';

/** Creates a user through the admin API (so the test also exercises it). */
export async function createUser(
  http: ReturnType<typeof request>,
  adminToken: string,
  profile: { email: string; role: Role; country: string | null; agency: string | null },
): Promise<UserRecord> {
  const response = await http
    .post('/api/users')
    .set(bearer(adminToken))
    .send({ ...profile, displayName: profile.email, password: testPassword });
  if (response.status !== 201)
    throw new Error(`creating ${profile.email}: ${response.status} ${response.text}`);
  return bodyOf<UserRecord>(response);
}
