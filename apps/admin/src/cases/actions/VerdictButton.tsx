import BalanceIcon from '@mui/icons-material/Balance';
import { required, SelectInput } from 'react-admin';
import { verdictOutcomes } from '@greenchain/contracts';
import { labelledChoices } from './choices';
import { DefendantCommandDialog, type DefendantTarget } from './DefendantCommandDialog';
import { NoteInput } from './NoteInput';

const outcomes = labelledChoices('greenchain.codes.verdicts.', verdictOutcomes);

export function VerdictButton(target: DefendantTarget) {
  return (
    <DefendantCommandDialog
      {...target}
      label="greenchain.actions.verdict"
      icon={<BalanceIcon />}
      command="verdict"
    >
      <SelectInput
        source="outcome"
        label="greenchain.fields.verdict"
        choices={outcomes}
        validate={required()}
      />
      <NoteInput />
    </DefendantCommandDialog>
  );
}
