import ScienceIcon from '@mui/icons-material/Science';
import { BooleanInput, required, TextInput } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { currentHolderId, type EvidenceTarget } from '../evidence-record';

export function ExamineButton(target: EvidenceTarget) {
  return (
    <CommandDialog
      {...target}
      label="evidence.actions.examine"
      icon={<ScienceIcon />}
      path="examinations"
      defaultValues={{ examinerHolderId: currentHolderId(target.record), sealBroken: false }}
    >
      <TextInput source="examinerHolderId" label="evidence.examiner" validate={required()} />
      <TextInput source="method" label="evidence.method" validate={required()} />
      <TextInput
        source="findings"
        label="evidence.findings"
        multiline
        minRows={3}
        validate={required()}
      />
      <BooleanInput source="sealBroken" label="evidence.sealBroken" />
      <TextInput source="newSealNumber" label="evidence.newSealNumber" />
    </CommandDialog>
  );
}
