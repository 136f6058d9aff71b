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
  name: `greenchain.agreements.${code}`,
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
          <TextInput source="descriptionDeclared" label="greenchain.items.descriptionDeclared" />
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
      <CitesInputs beside={<SubstanceAutocomplete />} />
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
    </>
  );
}
