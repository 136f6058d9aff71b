import { type Role } from './roles';

export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly country: string | null;
  readonly agency: string | null;
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
}

export interface RefreshRequest {
  readonly refreshToken: string;
}
