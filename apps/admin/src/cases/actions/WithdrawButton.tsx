import RemoveCircleIcon from '@mui/icons-material/RemoveCircle';
import { required, TextInput } from 'react-admin';
import { CodeListInput } from '../../common/CodeListInput';
import { CommandDialog } from '../../common/CommandDialog';
import { type CommandTarget } from '../../common/use-command-submit';

export function WithdrawButton({
  partyId,
  ...target
}: CommandTarget & { readonly partyId: string }) {
  return (
    <CommandDialog
      {...target}
      label="greenchain.actions.withdraw"
      icon={<RemoveCircleIcon />}
      path={`defendants/${partyId}/withdraw-charges`}
      danger
    >
      <CodeListInput
        list="declineReasons"
        source="reasonCode"
        label="greenchain.fields.reasonCode"
        validate={required()}
      />
      <TextInput source="note" label="greenchain.fields.note" multiline />
    </CommandDialog>
  );
}
