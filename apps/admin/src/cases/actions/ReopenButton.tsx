import LockOpenIcon from '@mui/icons-material/LockOpen';
import { required, TextInput } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { type CaseTarget } from './case-target';

export function ReopenButton(target: CaseTarget) {
  return (
    <CommandDialog
      {...target}
      label="greenchain.actions.reopen"
      icon={<LockOpenIcon />}
      path="reopen"
    >
      <TextInput source="reason" label="greenchain.fields.reason" multiline validate={required()} />
    </CommandDialog>
  );
}
