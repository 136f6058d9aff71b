import { useWatch } from 'react-hook-form';
import { DateInput, required, SelectInput, TextInput, useWrappedSource } from 'react-admin';
import { CodeListInput } from '../common/CodeListInput';
import { CountryInput } from '../common/CountryInput';
import { FormRow } from './FormRow';

const kinds = ['person', 'company'].map((id) => ({ id, name: `greenchain.partyKinds.${id}` }));

/**
 * One offender, a natural or legal person with their role; a person's details are personal data.
 * The seizure form repeats it per party; the amendment dialog shows it once.
 */
export function PartyFields() {
  const kind = useWatch({ name: useWrappedSource('kind') }) as string | undefined;
  return (
    <>
      <FormRow>
        <SelectInput
          source="kind"
          label="greenchain.parties.kind"
          choices={kinds}
          validate={required()}
        />
        <CodeListInput
          list="partyRoles"
          source="role"
          label="greenchain.fields.role"
          select
          validate={required()}
        />
        <TextInput source="name" label="greenchain.fields.name" validate={required()} />
      </FormRow>
      {kind === 'company' ? (
        <FormRow>
          <CountryInput source="country" label="greenchain.fields.country" />
          <TextInput source="registrationNumber" label="greenchain.parties.registrationNumber" />
          <TextInput source="contact" label="greenchain.parties.contact" />
        </FormRow>
      ) : (
        <FormRow>
          <CountryInput source="nationality" label="greenchain.parties.nationality" />
          <DateInput source="dateOfBirth" label="greenchain.parties.dateOfBirth" />
          <TextInput source="idDocument.type" label="greenchain.parties.idType" />
          <TextInput source="idDocument.number" label="greenchain.parties.idNumber" />
          <TextInput source="address" label="greenchain.parties.address" />
        </FormRow>
      )}
    </>
  );
}
