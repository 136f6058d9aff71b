import BlockIcon from '@mui/icons-material/Block';
import { required, TextInput } from 'react-admin';
import { CodeListInput } from '../../common/CodeListInput';
import { CommandDialog } from '../../common/CommandDialog';
import { type CommandTarget } from '../../common/use-command-submit';

/** Declines one defendant (partyId) or, without one, every defendant without a charge decision. */
export function DeclineButton({
  partyId,
  ...target
}: CommandTarget & { readonly partyId?: string }) {
  return (
    <CommandDialog
      {...target}
      label={partyId ? 'greenchain.actions.decline' : 'greenchain.actions.declineAll'}
      icon={<BlockIcon />}
      path="decline-prosecution"
      defaultValues={partyId ? { partyId } : {}}
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
