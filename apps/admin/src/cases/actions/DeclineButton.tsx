import BlockIcon from '@mui/icons-material/Block';
import { CommandDialog } from '../../common/CommandDialog';
import { type CommandTarget } from '../../common/use-command-submit';
import { ProsecutionDecisionInputs } from './ProsecutionDecisionInputs';

/** Declines one defendant (partyId) or, without one, every defendant without a charge decision. */
export function DeclineButton({
  partyId,
  ...target
}: CommandTarget & { readonly partyId?: string }) {
  return (
    <CommandDialog
      {...target}
      label={partyId ? 'cases.actions.decline' : 'cases.actions.declineAll'}
      icon={<BlockIcon />}
      path="decline-prosecution"
      defaultValues={partyId ? { partyId } : {}}
      danger
    >
      <ProsecutionDecisionInputs />
    </CommandDialog>
  );
}
