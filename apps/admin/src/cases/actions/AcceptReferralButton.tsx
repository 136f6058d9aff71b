import CheckIcon from '@mui/icons-material/Check';
import { CommandDialog } from '../../common/CommandDialog';
import { type CommandTarget } from '../../common/use-command-submit';

export function AcceptReferralButton({
  referralId,
  ...target
}: CommandTarget & { readonly referralId: string }) {
  return (
    <CommandDialog
      {...target}
      label="greenchain.actions.acceptReferral"
      icon={<CheckIcon />}
      path={`referrals/${referralId}/accept`}
    />
  );
}
