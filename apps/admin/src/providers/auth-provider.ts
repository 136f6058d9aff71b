import { type LoginResponse, type Role } from '@greenchain/contracts';
import { type AuthProvider, HttpError } from 'react-admin';
import { session } from './session';

interface Credentials {
  readonly username: string;
  readonly password: string;
}

export const authProvider: AuthProvider = {
  async login({ username, password }: Credentials) {
    const response = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ email: username, password }),
    });
    const body = (await response.json()) as LoginResponse & { detail?: string };
    if (!response.ok) throw new HttpError(body.detail ?? 'Sign-in failed', response.status, body);
    session.save(body);
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
