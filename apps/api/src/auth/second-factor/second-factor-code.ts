import { normalizeRecoveryCode } from './recovery-codes';

/** What a user typed in the code field: an authenticator code or a recovery code. */
export type SecondFactorCode =
  | { readonly kind: 'totp'; readonly code: string }
  | { readonly kind: 'recovery'; readonly code: string };

/** Six digits (spaces ignored) are an authenticator code; a recovery code otherwise, if it is one. */
export function parseSecondFactorCode(input: string): SecondFactorCode | undefined {
  const digits = input.replace(/\s/g, '');
  if (/^\d{6}$/.test(digits)) return { kind: 'totp', code: digits };
  const recovery = normalizeRecoveryCode(input);
  return recovery === undefined ? undefined : { kind: 'recovery', code: recovery };
}
