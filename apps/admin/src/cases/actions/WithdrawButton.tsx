import RemoveCircleIcon from '@mui/icons-material/RemoveCircle';
import { DefendantCommandDialog, type DefendantTarget } from './DefendantCommandDialog';
import { ProsecutionDecisionInputs } from './ProsecutionDecisionInputs';

export function WithdrawButton(target: DefendantTarget) {
  return (
    <DefendantCommandDialog
      {...target}
      label="cases.actions.withdraw"
      icon={<RemoveCircleIcon />}
      command="withdraw-charges"
      danger
    >
      <ProsecutionDecisionInputs />
    </DefendantCommandDialog>
  );
}
