import { useFormContext } from 'react-hook-form';
import { useDataProvider, useTranslate, useWrappedSource } from 'react-admin';
import { type CitesSpeciesMatch, type GreenchainDataProvider } from '../providers/data-provider';
import { SearchAutocomplete } from './SearchAutocomplete';
import { useAddAgreement } from './use-add-agreement';

const appendices = ['I', 'II', 'III'];

/**
 * The species, found by scientific or common name; picking a listing fills in its appendix (when
 * the listing has a single one) and adds CITES to the item's agreements.
 */
export function CitesSpeciesAutocomplete() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GreenchainDataProvider>();
  const { setValue } = useFormContext();
  const appendixPath = useWrappedSource('cites.appendix');
  const addAgreement = useAddAgreement();
  return (
    <SearchAutocomplete<CitesSpeciesMatch>
      source="species"
      label="cases.items.species"
      helperText="cases.entry.speciesHelp"
      search="cites-species"
      find={(typed) => dataProvider.citesSpecies(typed)}
      valueOf={(option) => option.scientificName}
      describe={(option) =>
        [
          option.scientificName,
          option.commonName,
          translate('cases.entry.appendix', { appendix: option.appendix }),
        ]
          .filter(Boolean)
          .join(' · ')
      }
      onPick={(option) => {
        if (appendices.includes(option.appendix)) {
          setValue(appendixPath, option.appendix, { shouldDirty: true });
        }
        addAgreement('CITES');
      }}
    />
  );
}
