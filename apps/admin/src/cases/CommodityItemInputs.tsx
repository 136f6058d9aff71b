import { AddItemButton, ArrayInput, SimpleFormIterator } from 'react-admin';
import { CommodityItemFields } from './CommodityItemFields';
import { FormSection } from './FormSection';

/** The goods of a seizure, one or more commodity items. */
export function CommodityItemInputs() {
  return (
    <>
      <FormSection title="cases.items.title" />
      <ArrayInput source="items" label={false}>
        <SimpleFormIterator
          disableReordering
          fullWidth
          addButton={<AddItemButton label="cases.items.add" />}
        >
          <CommodityItemFields />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
}
