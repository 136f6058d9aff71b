import { Stack } from '@mui/material';
import {
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
        <SimpleFormIterator disableReordering fullWidth>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ width: '100%' }}>
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
          </Stack>
          <AutocompleteArrayInput
            source="agreements"
            label="greenchain.fields.agreements"
            choices={agreements}
            validate={required()}
          />
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <TextInput source="substance" label="greenchain.items.substance" />
            <TextInput source="species" label="greenchain.items.species" />
            <SelectInput
              source="cites.appendix"
              label="greenchain.items.citesAppendix"
              choices={appendices}
            />
            <TextInput source="cites.term" label="greenchain.items.citesTerm" />
          </Stack>
          <ArrayInput source="quantities" label="greenchain.fields.quantities">
            <SimpleFormIterator inline disableReordering>
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
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <NumberInput source="containers" label="greenchain.items.containers" min={0} />
            <MoneyInput source="estimatedValue" label="greenchain.fields.estimatedValue" />
          </Stack>
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
}
