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
import { CodeListInput } from './CodeListInput';
import { MoneyInput } from './MoneyInput';

const withAmount = ['fine', 'costs'];
const withMonths = ['imprisonment', 'probation', 'licence_revocation_or_trading_ban'];
const withDescription = [
  'confiscation_of_conveyance_or_assets',
  'licence_revocation_or_trading_ban',
  'cease_and_desist',
];

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
                {withAmount.includes(type) && (
                  <MoneyInput source="amount" label="common.penalty.amount" required />
                )}
                {withMonths.includes(type) && (
                  <NumberInput source="months" label="common.penalty.months" min={0} />
                )}
                {type === 'imprisonment' && (
                  <BooleanInput source="suspended" label="common.penalty.suspended" />
                )}
                {type === 'community_service' && (
                  <NumberInput source="hours" label="common.penalty.hours" min={0} />
                )}
                {withDescription.includes(type) && (
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
