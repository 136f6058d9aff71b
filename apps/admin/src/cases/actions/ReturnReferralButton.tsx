import UndoIcon from '@mui/icons-material/Undo';
import { required, TextInput } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { type CommandTarget } from '../../common/use-command-submit';

export function ReturnReferralButton({
  referralId,
  ...target
}: CommandTarget & { readonly referralId: string }) {
  return (
    <CommandDialog
      {...target}
      label="greenchain.actions.returnReferral"
      icon={<UndoIcon />}
      path={`referrals/${referralId}/return`}
    >
      <TextInput source="reason" label="greenchain.fields.reason" multiline validate={required()} />
    </CommandDialog>
  );
}
