import { Autocomplete, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useInput, useTranslate } from 'react-admin';
import { type GreenchainDataProvider, type HsCodeMatch } from '../providers/data-provider';

/** Free text with HS codes offered as the user types digits or words of the description. */
export function HsCodeAutocomplete({
  source,
  label,
}: {
  readonly source: string;
  readonly label: string;
}) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GreenchainDataProvider>();
  const { field, fieldState, id } = useInput({ source });
  const [typed, setTyped] = useState('');
  const { data } = useQuery({
    queryKey: ['reference', 'hs-search', typed],
    queryFn: () => dataProvider.hsCodes(typed),
    enabled: typed.trim().length >= 2,
    staleTime: Infinity,
  });
  const error = fieldState.error?.message;
  return (
    <Autocomplete<HsCodeMatch, false, false, true>
      freeSolo
      options={data ?? []}
      filterOptions={(options) => options}
      getOptionLabel={(option) => (typeof option === 'string' ? option : option.code)}
      renderOption={(props, option) => (
        <li {...props} key={option.code}>
          {option.code} — {option.description}
          {option.agreements.length > 0 && ` (${option.agreements.map((a) => a.code).join(', ')})`}
        </li>
      )}
      inputValue={String(field.value ?? '')}
      onInputChange={(_, value) => {
        field.onChange(value);
        setTyped(value);
      }}
      onChange={(_, value) =>
        field.onChange(typeof value === 'string' ? value : (value?.code ?? ''))
      }
      renderInput={(params) => (
        <TextField
          {...params}
          id={id}
          name={field.name}
          onBlur={field.onBlur}
          label={translate(label)}
          error={error !== undefined}
          helperText={error ? translate(error, { _: error }) : translate('greenchain.items.hsHelp')}
          size="small"
          margin="dense"
        />
      )}
    />
  );
}
