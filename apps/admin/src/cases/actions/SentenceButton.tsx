import HowToRegIcon from '@mui/icons-material/HowToReg';
import { CommandDialog } from '../../common/CommandDialog';
import { PenaltyLinesInput } from '../../common/PenaltyLinesInput';
import { type CommandTarget } from '../../common/use-command-submit';
import { StatutoryMaximumInput } from './StatutoryMaximumInput';

export function SentenceButton({
  partyId,
  ...target
}: CommandTarget & { readonly partyId: string }) {
  return (
    <CommandDialog
      {...target}
      label="greenchain.actions.sentence"
      icon={<HowToRegIcon />}
      path={`defendants/${partyId}/sentence`}
      defaultValues={{ penaltyLines: [{ type: 'fine' }], statutoryMaximum: {} }}
    >
      <PenaltyLinesInput />
      <StatutoryMaximumInput />
    </CommandDialog>
  );
}
