import { AddItemButton, ArrayInput, SimpleFormIterator } from 'react-admin';
import { FormSection } from './FormSection';
import { PartyFields } from './PartyFields';

/** The offenders of a seizure. */
export function PartyInputs() {
  return (
    <>
      <FormSection title="cases.parties.title" />
      <ArrayInput source="parties" label={false}>
        <SimpleFormIterator
          disableReordering
          fullWidth
          addButton={<AddItemButton label="cases.parties.add" />}
        >
          <PartyFields />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
}
