import LockIcon from '@mui/icons-material/Lock';
import { required, SelectInput } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { type CaseTarget } from './case-target';
import { labelledChoices } from './choices';
import { NoteInput } from './NoteInput';

const reasons = labelledChoices('greenchain.closeReasons.', [
  'concluded',
  'no_offence',
  'duplicate',
  'merged',
  'other',
]);

export function CloseButton(target: CaseTarget) {
  return (
    <CommandDialog {...target} label="greenchain.actions.close" icon={<LockIcon />} path="close">
      <SelectInput
        source="reasonCode"
        label="greenchain.fields.reasonCode"
        choices={reasons}
        validate={required()}
      />
      <NoteInput />
    </CommandDialog>
  );
}
