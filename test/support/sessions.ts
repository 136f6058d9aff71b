import { type LoginResponse, type Role } from '@greenchain/contracts';
import type request from 'supertest';
import { bodyOf } from './http';

export const demoPassword = 'greenchain-demo';

export const demoEmail = (role: Role) => `${role}@demo.greenchain.test`;

/** Signs a user in (a demo user of the role by default) and answers the session. */
export async function signIn(
  http: ReturnType<typeof request>,
  role: Role,
  credentials: { email: string; password: string } = {
    email: demoEmail(role),
    password: demoPassword,
  },
): Promise<LoginResponse> {
  const response = await http.post('/api/auth/login').send(credentials);
  if (response.status !== 200)
    throw new Error(`sign-in of ${credentials.email} failed: ${response.status}`);
  return bodyOf<LoginResponse>(response);
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
