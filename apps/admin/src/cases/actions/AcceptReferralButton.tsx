import CheckIcon from '@mui/icons-material/Check';
import { CommandDialog } from '../../common/CommandDialog';
import { type CaseTarget } from './case-target';
import { referralPath } from './referral-path';

export function AcceptReferralButton(target: CaseTarget) {
  return (
    <CommandDialog
      {...target}
      label="cases.actions.acceptReferral"
      icon={<CheckIcon />}
      path={referralPath(target.record, 'accept')}
    />
  );
}
