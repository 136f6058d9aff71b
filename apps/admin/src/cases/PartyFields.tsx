import { ageBands, partySexes } from '@greenchain/contracts';
import { useWatch } from 'react-hook-form';
import { DateInput, required, SelectInput, TextInput, useWrappedSource } from 'react-admin';
import { CodeListInput } from '../common/CodeListInput';
import { CountryInput } from '../common/CountryInput';
import { FormRow } from './FormRow';

const kinds = ['person', 'company'].map((id) => ({ id, name: `cases.partyKinds.${id}` }));
const sexes = partySexes.map((id) => ({ id, name: `cases.parties.sexes.${id}` }));
const bands = ageBands.map((id) => ({ id, name: `cases.parties.ageBands.${id}` }));

/**
 * One offender, a natural or legal person with their role; a person's details are personal data,
 * except the sex and age group, which the reports count.
 * The seizure form repeats it per party; the amendment dialog shows it once.
 */
export function PartyFields() {
  const kind = useWatch({ name: useWrappedSource('kind') }) as string | undefined;
  return (
    <>
      <FormRow>
        <SelectInput
          source="kind"
          label="cases.parties.kind"
          choices={kinds}
          validate={required()}
        />
        <CodeListInput
          list="partyRoles"
          source="role"
          label="cases.fields.role"
          select
          validate={required()}
        />
        <TextInput source="name" label="cases.fields.name" validate={required()} />
      </FormRow>
      {kind === 'company' ? (
        <FormRow>
          <CountryInput source="country" label="common.fields.country" />
          <TextInput source="registrationNumber" label="cases.parties.registrationNumber" />
          <TextInput source="contact" label="cases.parties.contact" />
        </FormRow>
      ) : (
        <>
          <FormRow>
            <CountryInput source="nationality" label="cases.parties.nationality" />
            <DateInput source="dateOfBirth" label="cases.parties.dateOfBirth" />
            <TextInput source="idDocument.type" label="cases.parties.idType" />
            <TextInput source="idDocument.number" label="cases.parties.idNumber" />
            <TextInput source="address" label="cases.parties.address" />
          </FormRow>
          {/* Categories the offender statistics count, apart from the identifying fields. */}
          <FormRow>
            <SelectInput source="sex" label="cases.parties.sex" choices={sexes} emptyText="" />
            <SelectInput
              source="ageBand"
              label="cases.parties.ageBand"
              choices={bands}
              emptyText=""
            />
          </FormRow>
        </>
      )}
    </>
  );
}
