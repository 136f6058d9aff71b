import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import { required } from 'react-admin';
import { CodeListInput } from '../../common/CodeListInput';
import { DefendantCommandDialog, type DefendantTarget } from './DefendantCommandDialog';

export function PleaButton(target: DefendantTarget) {
  return (
    <DefendantCommandDialog
      {...target}
      label="cases.actions.plea"
      icon={<RecordVoiceOverIcon />}
      command="plea"
    >
      <CodeListInput
        list="pleas"
        source="plea"
        label="cases.fields.plea"
        select
        validate={required()}
      />
    </DefendantCommandDialog>
  );
}
