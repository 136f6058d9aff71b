import { Autocomplete, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useInput, useTranslate } from 'react-admin';

export interface SearchAutocompleteProps<Option> {
  readonly source: string;
  readonly label: string;
  /** Translation key of the hint under the field. */
  readonly helperText: string;
  /** Names the reference search in the query cache, e.g. `cites-species`. */
  readonly search: string;
  readonly find: (typed: string) => Promise<readonly Option[]>;
  /** What picking an option writes into the field. */
  readonly valueOf: (option: Option) => string;
  readonly describe: (option: Option) => ReactNode;
  /** What else picking an option fills in (an appendix, an agreement). */
  readonly onPick?: (option: Option) => void;
}

/**
 * Free text with reference entries offered as the user types two characters or more: the field
 * keeps what was typed when nothing matches, so the list helps without ever blocking an entry.
 */
export function SearchAutocomplete<Option>({
  source,
  label,
  helperText,
  search,
  find,
  valueOf,
  describe,
  onPick,
}: SearchAutocompleteProps<Option>) {
  const translate = useTranslate();
  const { field, fieldState, id } = useInput({ source });
  const [typed, setTyped] = useState('');
  const { data } = useQuery({
    queryKey: ['reference', search, typed],
    queryFn: () => find(typed),
    enabled: typed.trim().length >= 2,
    staleTime: Infinity,
  });
  const error = fieldState.error?.message;
  return (
    <Autocomplete<Option, false, false, true>
      freeSolo
      options={data ?? []}
      filterOptions={(options) => options}
      getOptionLabel={(option) => (typeof option === 'string' ? option : valueOf(option))}
      renderOption={(props, option) => (
        <li {...props} key={valueOf(option)}>
          {describe(option)}
        </li>
      )}
      inputValue={String(field.value ?? '')}
      onInputChange={(_, value) => {
        field.onChange(value);
        setTyped(value);
      }}
      onChange={(_, value) => {
        if (value === null || typeof value === 'string') {
          field.onChange(value ?? '');
          return;
        }
        field.onChange(valueOf(value));
        onPick?.(value);
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          id={id}
          name={field.name}
          onBlur={field.onBlur}
          label={translate(label)}
          error={error !== undefined}
          helperText={error ? translate(error, { _: error }) : translate(helperText)}
          size="small"
          margin="dense"
        />
      )}
    />
  );
}
