import { AddItemButton, ArrayInput, SimpleFormIterator } from 'react-admin';
import { FormSection } from './FormSection';
import { PartyFields } from './PartyFields';

/** The offenders of a seizure. */
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
          <PartyFields />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
}
