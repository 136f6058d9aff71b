import { DateInput, required } from 'react-admin';

/** When the fact happened (business time); the server records when it was entered. */
export function BusinessDateInput({ source = 'occurredAt' }: { readonly source?: string }) {
  return (
    <DateInput
      source={source}
      label="greenchain.common.occurredAt"
      helperText="greenchain.common.occurredAtHelp"
      validate={required()}
    />
  );
}
