import { AutocompleteInput } from 'react-admin';
import { useCodeLabel, useCodeList } from '../common/use-code-list';

/**
 * A CITES Trade Database code (term, unit, source): shown and found by its code as officers write
 * it on permits ("SKI") or by its name.
 */
export function CitesCodeInput({
  list,
  source,
  label,
}: {
  readonly list: 'citesTerms' | 'citesUnits' | 'citesSources';
  readonly source: string;
  readonly label: string;
}) {
  const { data, isPending } = useCodeList(list);
  const codeLabel = useCodeLabel(list);
  const choices = (data ?? []).map((entry) => ({
    id: entry.code,
    name: `${entry.code} — ${codeLabel(entry.code)}`,
  }));
  return (
    <AutocompleteInput
      source={source}
      label={label}
      choices={choices}
      isPending={isPending}
      helperText={false}
    />
  );
}
