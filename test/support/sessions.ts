import { type INestApplication } from '@nestjs/common';
import { type LoginResponse, type Role } from '@greenchain/contracts';
import type request from 'supertest';
import { AccessTokenService } from '../../apps/api/src/auth/access-token.service';
import { SessionsService } from '../../apps/api/src/auth/sessions/sessions.service';
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

/** An access token of a new session for the user, without a password (a test's shortcut). */
export async function accessTokenFor(app: INestApplication, userId: string): Promise<string> {
  const session = await app
    .get(SessionsService)
    .start(userId, { userAgent: 'test', clientAddress: null });
  return app.get(AccessTokenService).issue({ userId, sessionId: session.id });
}
