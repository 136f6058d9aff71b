import { AutocompleteArrayInput, required, TextInput, useLocaleState } from 'react-admin';
import { useMemo } from 'react';
import { BusinessDateInput } from '../common/BusinessDateInput';
import { CodeListInput } from '../common/CodeListInput';
import { countryCodes, countryName } from '../common/countries';
import { CountryInput } from '../common/CountryInput';
import { FormRow } from './FormRow';
import { FormSection } from './FormSection';

/** Where, when and how the goods were seized, and the route they took. */
export function SeizureInputs() {
  const [locale] = useLocaleState();
  const countries = useMemo(
    () =>
      countryCodes().map((code) => ({ id: code, name: `${countryName(code, locale)} (${code})` })),
    [locale],
  );
  return (
    <>
      <FormSection title="greenchain.seizure.where" />
      <FormRow>
        <TextInput source="reference" label="greenchain.fields.reference" />
        <BusinessDateInput />
      </FormRow>
      <FormRow>
        <TextInput
          source="location.name"
          label="greenchain.seizure.locationName"
          validate={required()}
        />
        <CodeListInput
          list="locationTypes"
          source="location.type"
          label="greenchain.seizure.locationType"
          select
          validate={required()}
        />
      </FormRow>
      <FormRow>
        <CodeListInput
          list="directions"
          source="direction"
          label="greenchain.seizure.direction"
          select
          validate={required()}
        />
        <CodeListInput
          list="transportModes"
          source="transportMode"
          label="greenchain.seizure.transportMode"
          select
          validate={required()}
        />
        <TextInput source="conveyance" label="greenchain.seizure.conveyance" />
      </FormRow>
      <FormSection title="greenchain.seizure.route" />
      <FormRow>
        <CountryInput source="route.origin" label="greenchain.seizure.origin" />
        <AutocompleteArrayInput
          source="route.transit"
          label="greenchain.seizure.transit"
          choices={countries}
        />
        <CountryInput source="route.destination" label="greenchain.seizure.destination" />
      </FormRow>
      <FormSection title="greenchain.seizure.how" />
      <FormRow>
        <CodeListInput
          list="detectionMethods"
          source="detectionMethods"
          label="greenchain.seizure.detectionMethods"
          multiple
          validate={required()}
        />
        <CodeListInput
          list="concealmentMethods"
          source="concealmentMethod"
          label="greenchain.seizure.concealmentMethod"
          select
        />
      </FormRow>
      <CodeListInput
        list="seizureReasons"
        source="legalBasis"
        label="greenchain.seizure.legalBasis"
        multiple
        validate={required()}
      />
    </>
  );
}
