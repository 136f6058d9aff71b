import PaidIcon from '@mui/icons-material/Paid';
import { FormDataConsumer, required, SelectInput } from 'react-admin';
import { CodeListInput } from '../../common/CodeListInput';
import { MoneyInput } from '../../common/MoneyInput';
import { labelledChoices } from './choices';
import { DefendantCommandDialog, type DefendantTarget } from './DefendantCommandDialog';
import { NoteInput } from './NoteInput';

/** Only the fields of the chosen kind: the other kind's inputs keep their values while hidden. */
function toBody({ kind, amount, penaltyType, ...rest }: Record<string, unknown>) {
  return kind === 'fine_paid' ? { ...rest, kind, amount } : { ...rest, kind, penaltyType };
}

const kinds = labelledChoices('cases.enforcement.', ['fine_paid', 'penalty_enforced']);

export function EnforceButton(target: DefendantTarget) {
  return (
    <DefendantCommandDialog
      {...target}
      label="cases.actions.enforce"
      icon={<PaidIcon />}
      command="enforcements"
      defaultValues={{ kind: 'fine_paid' }}
      toBody={toBody}
    >
      <SelectInput
        source="kind"
        label="cases.fields.enforcementKind"
        choices={kinds}
        validate={required()}
      />
      <FormDataConsumer>
        {({ formData }) =>
          (formData as { kind?: string }).kind === 'penalty_enforced' ? (
            <CodeListInput
              list="penaltyTypes"
              source="penaltyType"
              label="common.penalty.type"
              validate={required()}
            />
          ) : (
            <MoneyInput source="amount" label="common.penalty.amount" required />
          )
        }
      </FormDataConsumer>
      <NoteInput />
    </DefendantCommandDialog>
  );
}
