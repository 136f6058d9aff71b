import LockIcon from '@mui/icons-material/Lock';
import { required, SelectInput } from 'react-admin';
import { closeReasons } from '@greenchain/contracts';
import { CommandDialog } from '../../common/CommandDialog';
import { type CaseTarget } from './case-target';
import { labelledChoices } from './choices';
import { NoteInput } from './NoteInput';

const reasons = labelledChoices('cases.closeReasons.', closeReasons);

export function CloseButton(target: CaseTarget) {
  return (
    <CommandDialog {...target} label="cases.actions.close" icon={<LockIcon />} path="close">
      <SelectInput
        source="reasonCode"
        label="cases.fields.reasonCode"
        choices={reasons}
        validate={required()}
      />
      <NoteInput />
    </CommandDialog>
  );
}
