import ReplyAllIcon from '@mui/icons-material/ReplyAll';
import { required, SelectInput, TextInput } from 'react-admin';
import { labelledChoices } from './choices';
import { DefendantCommandDialog, type DefendantTarget } from './DefendantCommandDialog';

const appellants = labelledChoices('cases.appeal.appellant.', ['defence', 'prosecution']);
const against = labelledChoices('cases.appeal.against.', ['verdict', 'sentence']);

export function AppealButton(target: DefendantTarget) {
  return (
    <DefendantCommandDialog
      {...target}
      label="cases.actions.appeal"
      icon={<ReplyAllIcon />}
      command="appeals"
    >
      <SelectInput
        source="appellant"
        label="cases.fields.appellant"
        choices={appellants}
        validate={required()}
      />
      <SelectInput
        source="against"
        label="cases.fields.against"
        choices={against}
        validate={required()}
      />
      <TextInput source="grounds" label="cases.fields.grounds" multiline />
    </DefendantCommandDialog>
  );
}
