/** The header a sensitive request carries its re-authentication proof in. */
export const reauthenticationHeader = 'Reauthentication';

/** The problem code of a sensitive request without a valid proof: confirm the password, retry. */
export const reauthenticationRequired = 'auth/reauthentication-required';

export interface ReauthenticateRequest {
  readonly password: string;
}

export interface ReauthenticationProof {
  /** Send as the Reauthentication header of the sensitive requests that follow. */
  readonly proof: string;
  /** Seconds the proof stays valid. */
  readonly expiresIn: number;
}

export interface ChangePasswordRequest {
  readonly currentPassword: string;
  readonly newPassword: string;
}

export interface PasswordResetLink {
  readonly userId: string;
  /** The console page that takes the token, relative to the server: `/admin/#/reset-password/…`. */
  readonly path: string;
  readonly expiresAt: string;
}

export interface ResetPasswordRequest {
  readonly token: string;
  readonly newPassword: string;
}

/** Where the console shows its reset-password page; the token follows. */
export const resetPasswordPath = '/admin/#/reset-password/';
