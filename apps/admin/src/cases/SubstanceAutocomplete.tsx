import { useDataProvider, useTranslate } from 'react-admin';
import { type GreenchainDataProvider, type SubstanceMatch } from '../providers/data-provider';
import { SearchAutocomplete } from './SearchAutocomplete';
import { useAddAgreement } from './use-add-agreement';

/**
 * The substance, by name, designation or HS code digits, among the Montreal Protocol's controlled
 * substances; other chemicals are typed freely. Picking one adds the Montreal Protocol to the item.
 */
export function SubstanceAutocomplete({
  source = 'substance',
  label = 'cases.items.substance',
  impliesAgreement = true,
}: {
  readonly source?: string;
  readonly label?: string;
  /** A lab's finding names a substance without changing what the item is under. */
  readonly impliesAgreement?: boolean;
}) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GreenchainDataProvider>();
  const addAgreement = useAddAgreement();
  const describe = (option: SubstanceMatch) => {
    const annex = option.annex
      ? translate(option.group ? 'cases.entry.annexGroup' : 'cases.entry.annex', {
          annex: option.annex,
          group: option.group,
        })
      : translate('cases.entry.blend');
    const hs = option.hs ?? option.hsCandidates.join(', ');
    return [option.name, annex, hs && `HS ${hs}`].filter(Boolean).join(' · ');
  };
  return (
    <SearchAutocomplete<SubstanceMatch>
      source={source}
      label={label}
      helperText="cases.entry.substanceHelp"
      search="substances"
      find={(typed) => dataProvider.substances(typed)}
      valueOf={(option) => option.name}
      describe={describe}
      onPick={() => impliesAgreement && addAgreement('MP')}
    />
  );
}
