import UndoIcon from '@mui/icons-material/Undo';
import { CommandDialog } from '../../common/CommandDialog';
import { type CaseTarget } from './case-target';
import { ReasonInput } from './ReasonInput';
import { referralPath } from './referral-path';

export function ReturnReferralButton(target: CaseTarget) {
  return (
    <CommandDialog
      {...target}
      label="cases.actions.returnReferral"
      icon={<UndoIcon />}
      path={referralPath(target.record, 'return')}
    >
      <ReasonInput />
    </CommandDialog>
  );
}
