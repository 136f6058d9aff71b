import LockOpenIcon from '@mui/icons-material/LockOpen';
import { CommandDialog } from '../../common/CommandDialog';
import { type CaseTarget } from './case-target';
import { ReasonInput } from './ReasonInput';

export function ReopenButton(target: CaseTarget) {
  return (
    <CommandDialog {...target} label="cases.actions.reopen" icon={<LockOpenIcon />} path="reopen">
      <ReasonInput />
    </CommandDialog>
  );
}
