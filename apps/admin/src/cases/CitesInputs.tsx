import { Checkbox, FormControlLabel } from '@mui/material';
import { type ReactNode, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { SelectInput, useSourceContext, useTranslate } from 'react-admin';
import { CitesCodeInput } from './CitesCodeInput';
import { CitesSpeciesAutocomplete } from './CitesSpeciesAutocomplete';
import { FormRow } from './FormRow';
import { useHsCodeAgreements } from './use-hs-code-agreements';

const appendices = ['I', 'II', 'III'].map((id) => ({ id, name: id }));

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * Whether the item is wildlife: CITES among its agreements, an HS code suggesting CITES, or CITES
 * details already entered (an amendment opens with them).
 */
function useCitesRelevant(): boolean {
  const { getSource } = useSourceContext();
  const [agreements, hsDeclared, hsEstablished, species, cites] = useWatch({
    name: ['agreements', 'hsDeclared', 'hsEstablished', 'species', 'cites'].map(getSource),
  }) as [string[] | undefined, unknown, unknown, unknown, Record<string, unknown> | undefined];
  const declared = useHsCodeAgreements(text(hsDeclared)).data;
  const established = useHsCodeAgreements(text(hsEstablished)).data;
  const suggested = [declared, established].some((found) =>
    found?.agreements.some((agreement) => agreement.code === 'CITES'),
  );
  const entered = text(species) !== '' || Object.values(cites ?? {}).some((v) => text(v) !== '');
  return (agreements ?? []).includes('CITES') || suggested || entered;
}

/**
 * The CITES details of an item, offered when the item is wildlife or the officer asks for them;
 * `beside` is the field sharing their first row (the substance), so neither takes a whole line.
 */
export function CitesInputs({ beside }: { readonly beside: ReactNode }) {
  const translate = useTranslate();
  const relevant = useCitesRelevant();
  const [optedIn, setOptedIn] = useState(false);
  if (!relevant && !optedIn) {
    return (
      <FormRow>
        {beside}
        <FormControlLabel
          control={<Checkbox onChange={(event) => setOptedIn(event.target.checked)} />}
          label={translate('cases.entry.citesOptIn')}
        />
      </FormRow>
    );
  }
  return (
    <>
      <FormRow>
        {beside}
        <CitesSpeciesAutocomplete />
        <SelectInput
          source="cites.appendix"
          label="cases.items.citesAppendix"
          choices={appendices}
          helperText={false}
        />
      </FormRow>
      <FormRow>
        <CitesCodeInput list="citesTerms" source="cites.term" label="cases.items.citesTerm" />
        <CitesCodeInput list="citesUnits" source="cites.unit" label="cases.entry.citesUnit" />
        <CitesCodeInput list="citesSources" source="cites.source" label="cases.entry.citesSource" />
      </FormRow>
    </>
  );
}
