import { useMemo } from 'react';
import { AutocompleteInput, type AutocompleteInputProps, useLocaleState } from 'react-admin';
import { currencyCodes, currencyName } from './countries';

/** An ISO 4217 code picked by code or name in the reader's language. */
export function CurrencyInput(props: AutocompleteInputProps) {
  const [locale] = useLocaleState();
  const choices = useMemo(
    () =>
      currencyCodes().map((code) => ({
        id: code,
        name: `${code} · ${currencyName(code, locale)}`,
      })),
    [locale],
  );
  return <AutocompleteInput choices={choices} {...props} />;
}
