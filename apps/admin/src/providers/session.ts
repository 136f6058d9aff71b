import { type LoginResponse, type SessionUser } from '@greenchain/contracts';

const key = 'greenchain.session';

/** The session lives in the tab (sessionStorage): closing a shared border-post browser signs out. */
export const session = {
  save(login: LoginResponse): void {
    sessionStorage.setItem(key, JSON.stringify(login));
  },
  clear(): void {
    sessionStorage.removeItem(key);
  },
  current(): LoginResponse | null {
    const stored = sessionStorage.getItem(key);
    return stored ? (JSON.parse(stored) as LoginResponse) : null;
  },
  user(): SessionUser | null {
    return this.current()?.user ?? null;
  },
  /** Once enrolled, the session is no longer limited to enrolment (the API checks on every request). */
  secondFactorEnrolled(): void {
    const current = this.current();
    if (current) this.save({ ...current, secondFactorEnrolmentRequired: false });
  },
  token(): string | null {
    return this.current()?.accessToken ?? null;
  },
};
