import {
  AutocompleteArrayInput,
  AutocompleteInput,
  SelectInput,
  type Validator,
} from 'react-admin';
import { useCodeLabel, useCodeList } from './use-code-list';

interface CodeListInputProps {
  /** The API's code list name, e.g. `partyRoles`. */
  readonly list: string;
  readonly source: string;
  readonly label?: string;
  readonly validate?: Validator | Validator[];
  readonly helperText?: string;
  readonly multiple?: boolean;
  /** A short list reads best as a select; a long one as an autocomplete. */
  readonly select?: boolean;
}

/** A pick-list over one of the API's code lists. */
export function CodeListInput({ list, multiple, select, ...props }: CodeListInputProps) {
  const { data, isPending } = useCodeList(list);
  const label = useCodeLabel(list);
  const choices = (data ?? []).map((entry) => ({ id: entry.code, name: label(entry.code) }));
  if (multiple)
    return <AutocompleteArrayInput choices={choices} isPending={isPending} {...props} />;
  if (select) return <SelectInput choices={choices} isPending={isPending} {...props} />;
  return <AutocompleteInput choices={choices} isPending={isPending} {...props} />;
}
