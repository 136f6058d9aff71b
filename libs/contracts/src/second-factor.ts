/** Where the signed-in user stands with their TOTP second factor. */
export interface SecondFactorStatus {
  readonly enabled: boolean;
  /** Administrators must have one; for everyone else it is a choice. */
  readonly required: boolean;
  /** Unused recovery codes left (0 without a factor). */
  readonly recoveryCodesLeft: number;
}

/** A started enrolment: shown once, to put the secret in an authenticator app. */
export interface SecondFactorEnrolment {
  /** Base32, for typing into an app that cannot scan. */
  readonly secret: string;
  readonly otpauthUri: string;
  /** The otpauth URI as a QR code, an SVG data URL. */
  readonly qrCode: string;
}

/** A current code (6 digits) or, where accepted, a recovery code. */
export interface SecondFactorCodeRequest {
  readonly code: string;
}

/** Shown once: each signs in once when the authenticator is lost. */
export interface RecoveryCodes {
  readonly recoveryCodes: readonly string[];
}
