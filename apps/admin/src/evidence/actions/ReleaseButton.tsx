import OutboxIcon from '@mui/icons-material/Outbox';
import { required, TextInput } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { currentHolderId, type EvidenceTarget } from '../evidence-record';

export function ReleaseButton(target: EvidenceTarget) {
  return (
    <CommandDialog
      {...target}
      label="evidence.actions.release"
      icon={<OutboxIcon />}
      path="release"
      defaultValues={{ holderId: currentHolderId(target.record) }}
    >
      <TextInput source="holderId" label="evidence.holderId" validate={required()} />
      <TextInput source="releasedTo" label="evidence.releasedTo" validate={required()} />
      <TextInput source="reason" label="common.fields.reason" multiline validate={required()} />
    </CommandDialog>
  );
}
