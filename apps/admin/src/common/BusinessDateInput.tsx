import { DateInput, required } from 'react-admin';

/** When the fact happened (business time); the server records when it was entered. */
export function BusinessDateInput({ source = 'occurredAt' }: { readonly source?: string }) {
  return (
    <DateInput
      source={source}
      label="common.occurredAt"
      helperText="common.occurredAtHelp"
      validate={required()}
    />
  );
}
