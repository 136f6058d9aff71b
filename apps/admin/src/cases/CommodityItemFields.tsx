import { Stack } from '@mui/material';
import {
  AddItemButton,
  ArrayInput,
  AutocompleteArrayInput,
  NumberInput,
  required,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { CodeListInput } from '../common/CodeListInput';
import { MoneyInput } from '../common/MoneyInput';
import { CitesInputs } from './CitesInputs';
import { FormRow } from './FormRow';
import { HsCodeInput } from './HsCodeInput';
import { SubstanceAutocomplete } from './SubstanceAutocomplete';

const agreements = ['MP', 'BC', 'SC', 'RC', 'CITES', 'CPB', 'CWC', 'MC'].map((code) => ({
  id: code,
  name: `common.agreements.${code}`,
}));

/**
 * One commodity item: what was declared beside what was established, then what and how much.
 * The seizure form repeats it per item; the amendment dialog shows it once.
 */
export function CommodityItemFields() {
  return (
    <>
      <FormRow>
        <Stack sx={{ flex: 1 }}>
          <TextInput source="descriptionDeclared" label="cases.items.descriptionDeclared" />
          <HsCodeInput source="hsDeclared" label="cases.items.hsDeclared" />
        </Stack>
        <Stack sx={{ flex: 1 }}>
          <TextInput
            source="descriptionEstablished"
            label="cases.items.descriptionEstablished"
            validate={required()}
          />
          <HsCodeInput source="hsEstablished" label="cases.items.hsEstablished" />
        </Stack>
      </FormRow>
      <AutocompleteArrayInput
        source="agreements"
        label="cases.fields.agreements"
        choices={agreements}
        validate={required()}
      />
      <CitesInputs beside={<SubstanceAutocomplete />} />
      <ArrayInput source="quantities" label="cases.fields.quantities">
        <SimpleFormIterator
          inline
          disableReordering
          addButton={<AddItemButton label="cases.items.addQuantity" />}
        >
          <NumberInput source="amount" label="common.amount" min={0} validate={required()} />
          <CodeListInput
            list="quantityUnits"
            source="unit"
            label="cases.items.unit"
            validate={required()}
          />
        </SimpleFormIterator>
      </ArrayInput>
      <FormRow>
        <NumberInput source="containers" label="cases.items.containers" min={0} />
        <MoneyInput source="estimatedValue" label="cases.fields.estimatedValue" />
      </FormRow>
    </>
  );
}
