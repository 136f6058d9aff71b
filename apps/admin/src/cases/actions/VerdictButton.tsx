import BalanceIcon from '@mui/icons-material/Balance';
import { required, SelectInput, TextInput } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { type CommandTarget } from '../../common/use-command-submit';

const outcomes = ['convicted', 'acquitted', 'dismissed_on_merits', 'dismissed_procedural'].map(
  (id) => ({ id, name: `greenchain.codes.verdicts.${id}` }),
);

export function VerdictButton({
  partyId,
  ...target
}: CommandTarget & { readonly partyId: string }) {
  return (
    <CommandDialog
      {...target}
      label="greenchain.actions.verdict"
      icon={<BalanceIcon />}
      path={`defendants/${partyId}/verdict`}
    >
      <SelectInput
        source="outcome"
        label="greenchain.fields.verdict"
        choices={outcomes}
        validate={required()}
      />
      <TextInput source="note" label="greenchain.fields.note" multiline />
    </CommandDialog>
  );
}
