import LockIcon from '@mui/icons-material/Lock';
import { required, SelectInput, TextInput } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { type CaseTarget } from './case-target';

const reasons = ['concluded', 'no_offence', 'duplicate', 'merged', 'other'].map((id) => ({
  id,
  name: `greenchain.closeReasons.${id}`,
}));

export function CloseButton(target: CaseTarget) {
  return (
    <CommandDialog {...target} label="greenchain.actions.close" icon={<LockIcon />} path="close">
      <SelectInput
        source="reasonCode"
        label="greenchain.fields.reasonCode"
        choices={reasons}
        validate={required()}
      />
      <TextInput source="note" label="greenchain.fields.note" multiline />
    </CommandDialog>
  );
}
