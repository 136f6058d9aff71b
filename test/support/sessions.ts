import { type LoginResponse, type Role } from '@greenchain/contracts';
import type request from 'supertest';
import { bodyOf } from './http';

export const demoPassword = 'greenchain-demo';

export const demoEmail = (role: Role) => `${role}@demo.greenchain.test`;

/** Signs a demo user in and answers their access token (and refresh token, when issued). */
export async function signIn(
  http: ReturnType<typeof request>,
  role: Role,
  email = demoEmail(role),
): Promise<LoginResponse & { refreshToken?: string }> {
  const response = await http.post('/api/auth/login').send({ email, password: demoPassword });
  if (response.status !== 200) throw new Error(`sign-in of ${email} failed: ${response.status}`);
  return bodyOf<LoginResponse & { refreshToken?: string }>(response);
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
