import { required, TextInput } from 'react-admin';

/** Why the user records this (a return, a reopening, an adjournment, a revocation). */
export function ReasonInput({ optional = false }: { readonly optional?: boolean }) {
  return (
    <TextInput
      source="reason"
      label="common.fields.reason"
      multiline
      validate={optional ? undefined : required()}
    />
  );
}
