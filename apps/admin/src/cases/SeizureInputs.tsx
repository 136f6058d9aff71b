import {
  AutocompleteArrayInput,
  DateInput,
  required,
  TextInput,
  useLocaleState,
} from 'react-admin';
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
      <FormSection title="cases.seizure.where" />
      <FormRow>
        <TextInput source="reference" label="cases.fields.reference" />
        <BusinessDateInput />
      </FormRow>
      <FormRow>
        <TextInput
          source="location.name"
          label="cases.seizure.locationName"
          validate={required()}
        />
        <CodeListInput
          list="locationTypes"
          source="location.type"
          label="cases.seizure.locationType"
          select
          validate={required()}
        />
      </FormRow>
      <FormRow>
        <CodeListInput
          list="directions"
          source="direction"
          label="cases.seizure.direction"
          select
          validate={required()}
        />
        <CodeListInput
          list="transportModes"
          source="transportMode"
          label="cases.seizure.transportMode"
          select
          validate={required()}
        />
        <TextInput source="conveyance" label="cases.seizure.conveyance" />
      </FormRow>
      <FormSection title="cases.seizure.route" />
      <FormRow>
        <CountryInput source="route.origin" label="cases.seizure.origin" />
        <AutocompleteArrayInput
          source="route.transit"
          label="cases.seizure.transit"
          choices={countries}
        />
        <CountryInput source="route.destination" label="cases.seizure.destination" />
      </FormRow>
      <FormRow>
        <DateInput
          source="movementStartedOn"
          label="cases.seizure.movementStartedOn"
          helperText="cases.seizure.movementStartedOnHelp"
        />
      </FormRow>
      <FormSection title="cases.seizure.how" />
      <FormRow>
        <CodeListInput
          list="detectionMethods"
          source="detectionMethods"
          label="cases.seizure.detectionMethods"
          multiple
          validate={required()}
        />
        <CodeListInput
          list="concealmentMethods"
          source="concealmentMethod"
          label="cases.seizure.concealmentMethod"
          select
        />
      </FormRow>
      <CodeListInput
        list="seizureReasons"
        source="legalBasis"
        label="cases.seizure.legalBasis"
        multiple
        validate={required()}
      />
    </>
  );
}
