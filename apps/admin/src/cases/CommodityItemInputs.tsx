import { Stack } from '@mui/material';
import {
  AddItemButton,
  ArrayInput,
  AutocompleteArrayInput,
  NumberInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { CodeListInput } from '../common/CodeListInput';
import { MoneyInput } from '../common/MoneyInput';
import { FormRow } from './FormRow';
import { FormSection } from './FormSection';
import { HsCodeInput } from './HsCodeInput';

const agreements = ['MP', 'BC', 'SC', 'RC', 'CITES', 'CPB', 'CWC', 'MC'].map((code) => ({
  id: code,
  name: `greenchain.agreements.${code}`,
}));
const appendices = ['I', 'II', 'III'].map((id) => ({ id, name: id }));

/** The goods: what was declared beside what was established, then what and how much. */
export function CommodityItemInputs() {
  return (
    <>
      <FormSection title="greenchain.items.title" />
      <ArrayInput source="items" label={false}>
        <SimpleFormIterator
          disableReordering
          fullWidth
          addButton={<AddItemButton label="greenchain.items.add" />}
        >
          <FormRow>
            <Stack sx={{ flex: 1 }}>
              <TextInput
                source="descriptionDeclared"
                label="greenchain.items.descriptionDeclared"
              />
              <HsCodeInput source="hsDeclared" label="greenchain.items.hsDeclared" />
            </Stack>
            <Stack sx={{ flex: 1 }}>
              <TextInput
                source="descriptionEstablished"
                label="greenchain.items.descriptionEstablished"
                validate={required()}
              />
              <HsCodeInput source="hsEstablished" label="greenchain.items.hsEstablished" />
            </Stack>
          </FormRow>
          <AutocompleteArrayInput
            source="agreements"
            label="greenchain.fields.agreements"
            choices={agreements}
            validate={required()}
          />
          <FormRow>
            <TextInput source="substance" label="greenchain.items.substance" />
            <TextInput source="species" label="greenchain.items.species" />
            <SelectInput
              source="cites.appendix"
              label="greenchain.items.citesAppendix"
              choices={appendices}
            />
            <TextInput source="cites.term" label="greenchain.items.citesTerm" />
          </FormRow>
          <ArrayInput source="quantities" label="greenchain.fields.quantities">
            <SimpleFormIterator
              inline
              disableReordering
              addButton={<AddItemButton label="greenchain.items.addQuantity" />}
            >
              <NumberInput
                source="amount"
                label="greenchain.common.amount"
                min={0}
                validate={required()}
              />
              <CodeListInput
                list="quantityUnits"
                source="unit"
                label="greenchain.items.unit"
                validate={required()}
              />
            </SimpleFormIterator>
          </ArrayInput>
          <FormRow>
            <NumberInput source="containers" label="greenchain.items.containers" min={0} />
            <MoneyInput source="estimatedValue" label="greenchain.fields.estimatedValue" />
          </FormRow>
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
}
