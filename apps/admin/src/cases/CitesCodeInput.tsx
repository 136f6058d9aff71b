import { AutocompleteInput, useTranslate } from 'react-admin';
import { useCodeList } from '../common/use-code-list';

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
  const translate = useTranslate();
  const { data, isPending } = useCodeList(list);
  const choices = (data ?? []).map((entry) => ({
    id: entry.code,
    name: `${entry.code} — ${translate(`greenchain.codes.${list}.${entry.code}`, { _: entry.label })}`,
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
