import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import { required, TextInput } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { currentHolderId, type EvidenceTarget } from '../evidence-record';

export function DestroyButton(target: EvidenceTarget) {
  return (
    <CommandDialog
      {...target}
      label="greenchain.evidence.actions.destroy"
      icon={<DeleteForeverIcon />}
      path="destroy"
      defaultValues={{ holderId: currentHolderId(target.record) }}
      danger
    >
      <TextInput source="holderId" label="greenchain.evidence.holderId" validate={required()} />
      <TextInput source="method" label="greenchain.evidence.method" validate={required()} />
      <TextInput source="reason" label="greenchain.fields.reason" multiline validate={required()} />
      <TextInput source="authority" label="greenchain.evidence.authority" validate={required()} />
      <TextInput source="witness" label="greenchain.evidence.witness" />
    </CommandDialog>
  );
}
