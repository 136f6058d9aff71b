import LockIcon from '@mui/icons-material/Lock';
import { required, TextInput } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { currentHolderId, type EvidenceTarget } from '../evidence-record';

export function SealButton(target: EvidenceTarget) {
  return (
    <CommandDialog
      {...target}
      label="evidence.actions.seal"
      icon={<LockIcon />}
      path="seal"
      defaultValues={{ holderId: currentHolderId(target.record) }}
    >
      <TextInput source="sealNumber" label="evidence.sealNumber" validate={required()} />
      <TextInput source="holderId" label="evidence.holderId" validate={required()} />
    </CommandDialog>
  );
}
