import { type INestApplication } from '@nestjs/common';
import {
  isSecondFactorChallenge,
  type LoginOutcome,
  type LoginResponse,
  type Role,
} from '@greenchain/contracts';
import type request from 'supertest';
import { AccessTokenService } from '../../apps/api/src/auth/access-token.service';
import { SessionsService } from '../../apps/api/src/auth/sessions/sessions.service';
import { bodyOf } from './http';
import { answerChallenge, enrolSecondFactor } from './second-factor';

export const demoPassword = 'greenchain-demo';

export const demoEmail = (role: Role) => `${role}@demo.greenchain.test`;

/**
 * Signs a user in (a demo user of the role by default) and answers the session. An account with a
 * second factor answers the challenge with its current code; an administrator without one enrols
 * one first (with a real TOTP secret), as the API requires, so the session has full access.
 */
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
  const outcome = bodyOf<LoginOutcome>(response);
  if (isSecondFactorChallenge(outcome))
    return answerChallenge(http, outcome.challenge, credentials.email);
  if (!outcome.secondFactorEnrolmentRequired) return outcome;
  await enrolSecondFactor(http, outcome.accessToken, credentials.email);
  return { ...outcome, secondFactorEnrolmentRequired: false };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** An access token of a new session for the user, without a password (a test's shortcut). */
export async function accessTokenFor(app: INestApplication, userId: string): Promise<string> {
  const session = await app
    .get(SessionsService)
    .start(userId, { userAgent: 'test', clientAddress: null });
  return app.get(AccessTokenService).issue({ userId, sessionId: session.id });
}
