import { useMemo } from 'react';
import { AutocompleteInput, type AutocompleteInputProps, useLocaleState } from 'react-admin';
import { countryCodes, countryName } from './countries';

/** An ISO 3166-1 alpha-2 code picked by its name in the reader's language. */
export function CountryInput(props: AutocompleteInputProps) {
  const [locale] = useLocaleState();
  const choices = useMemo(
    () =>
      countryCodes()
        .map((code) => ({ id: code, name: `${countryName(code, locale)} (${code})` }))
        .sort((a, b) => a.name.localeCompare(b.name, locale)),
    [locale],
  );
  return <AutocompleteInput choices={choices} {...props} />;
}
