import HowToRegIcon from '@mui/icons-material/HowToReg';
import { DefendantCommandDialog, type DefendantTarget } from './DefendantCommandDialog';
import { SentenceInputs } from './SentenceInputs';

export function SentenceButton(target: DefendantTarget) {
  return (
    <DefendantCommandDialog
      {...target}
      label="cases.actions.sentence"
      icon={<HowToRegIcon />}
      command="sentence"
      defaultValues={{ penaltyLines: [{ type: 'fine' }], statutoryMaximum: {} }}
    >
      <SentenceInputs />
    </DefendantCommandDialog>
  );
}
