import {
  AddItemButton,
  ArrayInput,
  DateInput,
  FormDataConsumer,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { CodeListInput } from '../common/CodeListInput';
import { CountryInput } from '../common/CountryInput';
import { FormRow } from './FormRow';
import { FormSection } from './FormSection';

const kinds = ['person', 'company'].map((id) => ({ id, name: `greenchain.partyKinds.${id}` }));

/** The offenders: natural or legal persons with their role; a person's details are personal data. */
export function PartyInputs() {
  return (
    <>
      <FormSection title="greenchain.parties.title" />
      <ArrayInput source="parties" label={false}>
        <SimpleFormIterator
          disableReordering
          fullWidth
          addButton={<AddItemButton label="greenchain.parties.add" />}
        >
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
          <FormDataConsumer>
            {({ scopedFormData }) =>
              (scopedFormData as { kind?: string } | undefined)?.kind === 'company' ? (
                <FormRow>
                  <CountryInput source="country" label="greenchain.fields.country" />
                  <TextInput
                    source="registrationNumber"
                    label="greenchain.parties.registrationNumber"
                  />
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
              )
            }
          </FormDataConsumer>
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
}
