import { useDataProvider } from 'react-admin';
import { type GreenchainDataProvider, type HsCodeMatch } from '../providers/data-provider';
import { SearchAutocomplete } from './SearchAutocomplete';

const describe = (option: HsCodeMatch) =>
  `${option.code} — ${option.description}` +
  (option.agreements.length > 0 ? ` (${option.agreements.map((a) => a.code).join(', ')})` : '');

/** Free text with HS codes offered as the user types digits or words of the description. */
export function HsCodeAutocomplete({
  source,
  label,
}: {
  readonly source: string;
  readonly label: string;
}) {
  const dataProvider = useDataProvider<GreenchainDataProvider>();
  return (
    <SearchAutocomplete<HsCodeMatch>
      source={source}
      label={label}
      helperText="cases.items.hsHelp"
      search="hs-search"
      find={(typed) => dataProvider.hsCodes(typed)}
      valueOf={(option) => option.code}
      describe={describe}
    />
  );
}
