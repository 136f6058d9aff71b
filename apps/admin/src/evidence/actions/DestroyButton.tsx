import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import { required, TextInput } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { currentHolderId, type EvidenceTarget } from '../evidence-record';

export function DestroyButton(target: EvidenceTarget) {
  return (
    <CommandDialog
      {...target}
      label="evidence.actions.destroy"
      icon={<DeleteForeverIcon />}
      path="destroy"
      defaultValues={{ holderId: currentHolderId(target.record) }}
      danger
    >
      <TextInput source="holderId" label="evidence.holderId" validate={required()} />
      <TextInput source="method" label="evidence.method" validate={required()} />
      <TextInput source="reason" label="common.fields.reason" multiline validate={required()} />
      <TextInput source="authority" label="evidence.authority" validate={required()} />
      <TextInput source="witness" label="evidence.witness" />
    </CommandDialog>
  );
}
