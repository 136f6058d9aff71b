import { type Role } from './roles';

export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly country: string | null;
  readonly agency: string | null;
  /** Designated by an administrator to file the country's treaty reports. */
  readonly focalPoint: boolean;
}

export interface LoginRequest {
  readonly email: string;
  readonly password: string;
}

export interface LoginResponse {
  readonly accessToken: string;
  readonly tokenType: 'Bearer';
  /** Seconds the access token lives. */
  readonly expiresIn: number;
  /** Single use: POST /auth/refresh returns a new pair; presenting a used one ends the session. */
  readonly refreshToken: string;
  /** Seconds the refresh token lives. */
  readonly refreshExpiresIn: number;
  readonly user: SessionUser;
  /**
   * True for an administrator without a second factor: until one is enrolled, every route but
   * the second-factor ones answers 403 `auth/second-factor-enrolment-required`.
   */
  readonly secondFactorEnrolmentRequired: boolean;
}

/** The password was right, but the account has a second factor: answer the challenge. */
export interface SecondFactorChallenge {
  readonly secondFactorRequired: true;
  /** Single use; POST /auth/login/second-factor with it and a code. */
  readonly challenge: string;
  /** Seconds the challenge lives. */
  readonly expiresIn: number;
}

/** What POST /auth/login answers. */
export type LoginOutcome = LoginResponse | SecondFactorChallenge;

export const isSecondFactorChallenge = (outcome: LoginOutcome): outcome is SecondFactorChallenge =>
  'secondFactorRequired' in outcome;

export interface SecondFactorLoginRequest {
  readonly challenge: string;
  /** A 6-digit code from the authenticator app, or one of the recovery codes. */
  readonly code: string;
}

export interface RefreshRequest {
  readonly refreshToken: string;
}
