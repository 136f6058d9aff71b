import PaidIcon from '@mui/icons-material/Paid';
import { FormDataConsumer, required, SelectInput, TextInput } from 'react-admin';
import { CodeListInput } from '../../common/CodeListInput';
import { CommandDialog } from '../../common/CommandDialog';
import { MoneyInput } from '../../common/MoneyInput';
import { type CommandTarget } from '../../common/use-command-submit';

/** Only the fields of the chosen kind: the other kind's inputs keep their values while hidden. */
function toBody({ kind, amount, penaltyType, ...rest }: Record<string, unknown>) {
  return kind === 'fine_paid' ? { ...rest, kind, amount } : { ...rest, kind, penaltyType };
}

const kinds = ['fine_paid', 'penalty_enforced'].map((id) => ({
  id,
  name: `greenchain.enforcement.${id}`,
}));

export function EnforceButton({
  partyId,
  ...target
}: CommandTarget & { readonly partyId: string }) {
  return (
    <CommandDialog
      {...target}
      label="greenchain.actions.enforce"
      icon={<PaidIcon />}
      path={`defendants/${partyId}/enforcements`}
      defaultValues={{ kind: 'fine_paid' }}
      toBody={toBody}
    >
      <SelectInput
        source="kind"
        label="greenchain.fields.enforcementKind"
        choices={kinds}
        validate={required()}
      />
      <FormDataConsumer>
        {({ formData }) =>
          (formData as { kind?: string }).kind === 'penalty_enforced' ? (
            <CodeListInput
              list="penaltyTypes"
              source="penaltyType"
              label="greenchain.penalty.type"
              validate={required()}
            />
          ) : (
            <MoneyInput source="amount" label="greenchain.penalty.amount" required />
          )
        }
      </FormDataConsumer>
      <TextInput source="note" label="greenchain.fields.note" multiline />
    </CommandDialog>
  );
}
