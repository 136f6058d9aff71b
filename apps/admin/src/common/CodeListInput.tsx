import {
  AutocompleteArrayInput,
  AutocompleteInput,
  SelectInput,
  useTranslate,
  type Validator,
} from 'react-admin';
import { useCodeList } from './use-code-list';

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
  const translate = useTranslate();
  const { data, isPending } = useCodeList(list);
  // The API names codes in English; the console's catalogue translates the ones it knows.
  const choices = (data ?? []).map((entry) => ({
    id: entry.code,
    name: translate(`greenchain.codes.${list}.${entry.code}`, { _: entry.label }),
  }));
  if (multiple)
    return <AutocompleteArrayInput choices={choices} isPending={isPending} {...props} />;
  if (select) return <SelectInput choices={choices} isPending={isPending} {...props} />;
  return <AutocompleteInput choices={choices} isPending={isPending} {...props} />;
}
