import { minLength, PasswordInput, required } from 'react-admin';

/** The same length the API asks for; it judges the rest (guessability) and names what is wrong. */
const minimumLength = 12;

function sameAsNew(value: unknown, values: Record<string, unknown>): string | undefined {
  return value === values.newPassword ? undefined : 'passwords.mismatch';
}

/** A new password typed twice, so a typo does not lock the user out. */
export function NewPasswordInputs() {
  return (
    <>
      <PasswordInput
        source="newPassword"
        label="passwords.fields.newPassword"
        validate={[required(), minLength(minimumLength)]}
        helperText="passwords.newPasswordHelp"
        autoComplete="new-password"
        fullWidth
      />
      <PasswordInput
        source="repeatPassword"
        label="passwords.fields.repeatPassword"
        validate={[required(), sameAsNew]}
        autoComplete="new-password"
        fullWidth
      />
    </>
  );
}
