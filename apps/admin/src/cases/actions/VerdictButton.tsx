import BalanceIcon from '@mui/icons-material/Balance';
import { required, SelectInput } from 'react-admin';
import { verdictOutcomes } from '@greenchain/contracts';
import { useCodeLabel } from '../../common/use-code-list';
import { DefendantCommandDialog, type DefendantTarget } from './DefendantCommandDialog';
import { NoteInput } from './NoteInput';

export function VerdictButton(target: DefendantTarget) {
  const verdict = useCodeLabel('verdicts');
  const outcomes = verdictOutcomes.map((id) => ({ id, name: verdict(id) }));
  return (
    <DefendantCommandDialog
      {...target}
      label="cases.actions.verdict"
      icon={<BalanceIcon />}
      command="verdict"
    >
      <SelectInput
        source="outcome"
        label="cases.fields.verdict"
        choices={outcomes}
        validate={required()}
      />
      <NoteInput />
    </DefendantCommandDialog>
  );
}
