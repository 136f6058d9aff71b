import ReplyAllIcon from '@mui/icons-material/ReplyAll';
import { required, SelectInput, TextInput } from 'react-admin';
import { labelledChoices } from './choices';
import { DefendantCommandDialog, type DefendantTarget } from './DefendantCommandDialog';

const appellants = labelledChoices('greenchain.appeal.appellant.', ['defence', 'prosecution']);
const against = labelledChoices('greenchain.appeal.against.', ['verdict', 'sentence']);

export function AppealButton(target: DefendantTarget) {
  return (
    <DefendantCommandDialog
      {...target}
      label="greenchain.actions.appeal"
      icon={<ReplyAllIcon />}
      command="appeals"
    >
      <SelectInput
        source="appellant"
        label="greenchain.fields.appellant"
        choices={appellants}
        validate={required()}
      />
      <SelectInput
        source="against"
        label="greenchain.fields.against"
        choices={against}
        validate={required()}
      />
      <TextInput source="grounds" label="greenchain.fields.grounds" multiline />
    </DefendantCommandDialog>
  );
}
