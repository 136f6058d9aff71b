import {
  AddItemButton,
  ArrayInput,
  BooleanInput,
  FormDataConsumer,
  NumberInput,
  required,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { takesPenaltyField } from '@greenchain/contracts';
import { CodeListInput } from './CodeListInput';
import { MoneyInput } from './MoneyInput';

/** Penalty lines; each type shows only the fields it takes (the domain checks the combination). */
export function PenaltyLinesInput({ source = 'penaltyLines' }: { readonly source?: string }) {
  return (
    <ArrayInput source={source} label="common.penalty.lines">
      <SimpleFormIterator
        disableReordering
        addButton={<AddItemButton label="common.penalty.add" />}
      >
        <CodeListInput
          list="penaltyTypes"
          source="type"
          label="common.penalty.type"
          validate={required()}
        />
        <FormDataConsumer>
          {({ scopedFormData }) => {
            const type = (scopedFormData as { type?: string } | undefined)?.type ?? '';
            return (
              <>
                {takesPenaltyField(type, 'amount') && (
                  <MoneyInput source="amount" label="common.penalty.amount" required />
                )}
                {takesPenaltyField(type, 'months') && (
                  <NumberInput source="months" label="common.penalty.months" min={0} />
                )}
                {takesPenaltyField(type, 'suspended') && (
                  <BooleanInput
                    source="suspended"
                    label="common.penalty.suspended"
                    defaultValue={false}
                  />
                )}
                {takesPenaltyField(type, 'hours') && (
                  <NumberInput source="hours" label="common.penalty.hours" min={0} />
                )}
                {takesPenaltyField(type, 'description') && (
                  <TextInput source="description" label="common.penalty.description" />
                )}
              </>
            );
          }}
        </FormDataConsumer>
      </SimpleFormIterator>
    </ArrayInput>
  );
}
