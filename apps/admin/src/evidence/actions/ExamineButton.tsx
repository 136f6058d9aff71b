import ScienceIcon from '@mui/icons-material/Science';
import { BooleanInput, required, TextInput } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { currentHolderId, type EvidenceTarget } from '../evidence-record';

export function ExamineButton(target: EvidenceTarget) {
  return (
    <CommandDialog
      {...target}
      label="greenchain.evidence.actions.examine"
      icon={<ScienceIcon />}
      path="examinations"
      defaultValues={{ examinerHolderId: currentHolderId(target.record), sealBroken: false }}
    >
      <TextInput
        source="examinerHolderId"
        label="greenchain.evidence.examiner"
        validate={required()}
      />
      <TextInput source="method" label="greenchain.evidence.method" validate={required()} />
      <TextInput
        source="findings"
        label="greenchain.evidence.findings"
        multiline
        minRows={3}
        validate={required()}
      />
      <BooleanInput source="sealBroken" label="greenchain.evidence.sealBroken" />
      <TextInput source="newSealNumber" label="greenchain.evidence.newSealNumber" />
    </CommandDialog>
  );
}
