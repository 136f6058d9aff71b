import { isSecondFactorChallenge, type LoginOutcome, type Role } from '@greenchain/contracts';
import { type AuthProvider, HttpError } from 'react-admin';
import { problemOf } from './problem-error';
import { session } from './session';

/** The password step, or the second step with the challenge it answered and a code. */
export type Credentials =
  | { readonly username: string; readonly password: string }
  | { readonly challenge: string; readonly code: string };

/** Thrown by login() when the password was right and a code is needed: the form asks for it. */
export class SecondFactorNeeded extends Error {
  constructor(readonly challenge: string) {
    super('A second factor is required');
  }
}

export const secondFactorPath = '/second-factor';

async function post(url: string, body: object): Promise<LoginOutcome> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as LoginOutcome & { detail?: string };
  if (!response.ok) throw new HttpError(json.detail ?? 'Sign-in failed', response.status, json);
  return json;
}

export const authProvider: AuthProvider = {
  async login(credentials: Credentials) {
    const outcome =
      'challenge' in credentials
        ? await post('/api/auth/login/second-factor', credentials)
        : await post('/api/auth/login', {
            email: credentials.username,
            password: credentials.password,
          });
    if (isSecondFactorChallenge(outcome)) throw new SecondFactorNeeded(outcome.challenge);
    session.save(outcome);
    // An administrator without a second factor can do nothing else until they enrol one.
    return outcome.secondFactorEnrolmentRequired ? { redirectTo: secondFactorPath } : undefined;
  },
  /** Ends the session on the server too, so its tokens stop working, not just leave this tab. */
  async logout() {
    const refreshToken = session.current()?.refreshToken;
    session.clear();
    if (!refreshToken) return;
    // Unreachable server: the tab forgets the tokens anyway, and the session ends at its deadline.
    await fetch('/api/auth/logout', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    }).catch(() => undefined);
  },
  checkAuth() {
    // `message: false` tells react-admin to go to the sign-in page without a "signed out" toast: a
    // first visit is not an error. That is react-admin's contract, hence not an Error.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    return session.token() ? Promise.resolve() : Promise.reject({ message: false });
  },
  checkError(error: { status?: number }) {
    if (error.status === 401) {
      session.clear();
      return Promise.reject(new Error('Session expired'));
    }
    if (problemOf(error)?.code === 'auth/second-factor-enrolment-required') {
      // react-admin's contract for "go there, stay signed in": a plain object, not an Error.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      return Promise.reject({ redirectTo: secondFactorPath, logoutUser: false, message: false });
    }
    return Promise.resolve();
  },
  getIdentity() {
    const user = session.user();
    if (!user) return Promise.reject(new Error('Signed out'));
    return Promise.resolve({ id: user.id, fullName: user.displayName });
  },
  getPermissions(): Promise<Role | undefined> {
    return Promise.resolve(session.user()?.role);
  },
};
