import {
  type LoginResponse,
  type RecoveryCodes,
  type SecondFactorEnrolment,
} from '@greenchain/contracts';
import { generateSync } from 'otplib';
import type request from 'supertest';
import { bodyOf } from './http';

const periodMs = 30_000;

/** Per account (by email): the TOTP secret it enrolled with, and the last time step this helper used. */
const secrets = new Map<string, string>();
const lastSteps = new Map<string, number>();

const keyOf = (email: string) => email.toLowerCase();

export function rememberSecret(email: string, secret: string): void {
  secrets.set(keyOf(email), secret);
  lastSteps.delete(keyOf(email));
}

export function secretOf(email: string): string {
  const secret = secrets.get(keyOf(email));
  if (secret === undefined) throw new Error(`${email} has no second factor enrolled by the tests`);
  return secret;
}

/**
 * The account's current TOTP code, as its authenticator app shows it. The server accepts each
 * time step once, so after signing in twice within 30 s this waits for the next step, as a person
 * would.
 */
export async function currentCode(email: string): Promise<string> {
  const secret = secretOf(email);
  const last = lastSteps.get(keyOf(email)) ?? -1;
  let now = Date.now();
  if (Math.floor(now / periodMs) <= last) {
    await new Promise((resolve) => setTimeout(resolve, (last + 1) * periodMs - now + 50));
    now = Date.now();
  }
  lastSteps.set(keyOf(email), Math.floor(now / periodMs));
  return generateSync({ secret, epoch: Math.floor(now / 1000) });
}

/** Enrols a TOTP factor through the API for the holder of `accessToken`; answers the recovery codes. */
export async function enrolSecondFactor(
  http: ReturnType<typeof request>,
  accessToken: string,
  email: string,
): Promise<readonly string[]> {
  const auth = { Authorization: `Bearer ${accessToken}` };
  const started = await http.post('/api/auth/second-factor/enrolment').set(auth);
  if (started.status !== 200)
    throw new Error(`enrolling ${email}: ${started.status} ${started.text}`);
  rememberSecret(email, bodyOf<SecondFactorEnrolment>(started).secret);
  const confirmed = await http
    .post('/api/auth/second-factor/enrolment/confirm')
    .set(auth)
    .send({ code: await currentCode(email) });
  if (confirmed.status !== 200)
    throw new Error(`confirming ${email}: ${confirmed.status} ${confirmed.text}`);
  return bodyOf<RecoveryCodes>(confirmed).recoveryCodes;
}

/** Finishes a sign-in that asked for a second factor, with the account's current code. */
export async function answerChallenge(
  http: ReturnType<typeof request>,
  challenge: string,
  email: string,
): Promise<LoginResponse> {
  const response = await http
    .post('/api/auth/login/second-factor')
    .send({ challenge, code: await currentCode(email) });
  if (response.status !== 200)
    throw new Error(`second factor of ${email}: ${response.status} ${response.text}`);
  return bodyOf<LoginResponse>(response);
}
